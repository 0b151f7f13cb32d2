import type { Client } from "openapi-fetch";
import { type FetchResult, checkResponse } from "./check-response.js";

// Everything on an openapi-fetch client but these sends a request and resolves to { data, error, response }.
const NOT_REQUESTS = new Set(["use", "eject"]);

/**
 * openapi-fetch has no hook after it reads a body, and it parses JSON with
 * no way to report a bad body but a raw SyntaxError. So each call method is
 * wrapped: a JSON call is made with `parseAs: "text"` and its body parsed and
 * checked here (see checkResponse), which costs no more than openapi-fetch's
 * own parse. `request(method, path, init)` has the method first.
 */
export function checkEveryCall<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  const checked: Record<string, unknown> = { ...client };
  for (const name in client) {
    if (NOT_REQUESTS.has(name)) continue;
    const call = client[name as keyof typeof client] as (...args: unknown[]) => Promise<FetchResult>;
    const initAt = name === "request" ? 2 : 1;
    checked[name] = async (...args: unknown[]) => {
      const init = args[initAt] as { parseAs?: string } | undefined;
      const parseData = (init?.parseAs ?? "json") === "json";
      if (parseData) args[initAt] = { ...init, parseAs: "text" };
      const method = (initAt === 2 ? String(args[0]) : name).toUpperCase();
      return checkResponse(await call(...args), method, args[initAt - 1] as string, parseData);
    };
  }
  return checked as unknown as Client<Paths>;
}
