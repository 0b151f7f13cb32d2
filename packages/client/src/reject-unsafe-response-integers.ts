import type { Client } from "openapi-fetch";
import { findUnsafeInteger, formatJsonPath } from "./find-unsafe-integer.js";
import { UnsafeIntegerError } from "./unsafe-integer-error.js";

// Everything on an openapi-fetch client but these sends a request and resolves to { data, error, response }.
const NOT_REQUESTS = new Set(["use", "eject"]);

interface ParsedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

function assertExactIntegers(result: ParsedResult): ParsedResult {
  const hit = findUnsafeInteger(result.data) ?? findUnsafeInteger(result.error);
  if (hit) {
    const { response } = result;
    throw new UnsafeIntegerError({
      source: "response",
      path: formatJsonPath(hit.path),
      value: hit.value,
      status: response.status,
      response,
    });
  }
  return result;
}

/**
 * openapi-fetch has no hook after it parses a body, so each call method is
 * wrapped: once `data`/`error` are parsed, any integer JSON.parse had to
 * round turns into an UnsafeIntegerError instead of a silently wrong id.
 * The walk reuses the parsed value; the body is never read twice.
 */
export function rejectUnsafeResponseIntegers<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  const guarded: Record<string, unknown> = { ...client };
  for (const method in client) {
    if (NOT_REQUESTS.has(method)) continue;
    const call = client[method as keyof typeof client] as (...args: unknown[]) => Promise<ParsedResult>;
    guarded[method] = async (...args: unknown[]) => assertExactIntegers(await call(...args));
  }
  return guarded as unknown as Client<Paths>;
}
