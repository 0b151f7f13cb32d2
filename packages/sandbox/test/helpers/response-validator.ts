import { createSpecValidator } from "@sapi-kit/spec/loader";
import { ADMIN_PREFIX, type RequestLogEntry, type Sandbox } from "../../src/index.js";
import { spec } from "./openapi-spec.js";

/** The one Ajv set-up of the repository, over the source spec. */
const validator = createSpecValidator(spec);

const WEIGHT_HEADER = /^x-(sapi|mbx)-used-.*weight/i;

/**
 * A rate-limit header sent where the spec's response declares another one
 * (e.g. the UID header on an IP-weighted query). Responses that declare none
 * (403, 418, 5XX) are not checked: their headers are the status's own.
 */
function weightHeaderProblems(entry: RequestLogEntry, status: number): string[] {
  const documented = validator.documentedResponse(entry.method, entry.path, status);
  const declared = Object.keys(documented?.headers ?? {}).filter((name) => WEIGHT_HEADER.test(name));
  if (declared.length === 0) return [];
  return Object.keys(entry.responseHeaders ?? {})
    .filter((name) => WEIGHT_HEADER.test(name) && !declared.some((known) => known.toLowerCase() === name.toLowerCase()))
    .map((name) => `${entry.method} ${entry.path} -> ${status}: sent ${name}, the spec declares ${declared.join(", ")}`);
}

/** Why an emitted response does not match the spec; empty when it does. */
export function responseProblems(entry: RequestLogEntry): string[] {
  if (entry.status === undefined || entry.responseBody === undefined) return [];
  return [
    ...validator.responseProblems({
      method: entry.method,
      path: entry.path,
      status: entry.status,
      body: entry.responseBody,
      headers: entry.responseHeaders,
    }),
    ...weightHeaderProblems(entry, entry.status),
  ].map((problem) => (entry.query ? problem.replace(` ${entry.path} `, ` ${entry.path}?${entry.query} `) : problem));
}

/**
 * Which log entries are exempt from validation, and why: only responses a
 * test deliberately broke (a dropped connection has no response; a
 * malformed-json fault exists to send invalid JSON), paths the spec does
 * not describe (the 404 for unknown paths, the sandbox's own admin routes),
 * and the sandbox's own 413 for a body over its size limit (an HTTP-level
 * refusal before any API rule applies; Binance publishes nothing for it).
 */
export function isExempt(entry: RequestLogEntry): boolean {
  return (
    entry.path.startsWith(ADMIN_PREFIX) ||
    entry.status === 413 ||
    entry.fault === "malformed-json" ||
    entry.fault === "drop-connection" ||
    (entry.status === 404 && validator.documentedResponse(entry.method, entry.path, 200) === undefined)
  );
}

/** Validates every response a sandbox emitted; throws listing every mismatch. */
export function assertEveryResponseMatchesSpec(sandbox: Sandbox): number {
  const entries = sandbox.requests.filter((entry) => !isExempt(entry));
  const problems = entries.flatMap(responseProblems);
  if (problems.length > 0) throw new Error(`Responses not valid against spec/openapi.yaml:\n${problems.join("\n")}`);
  return entries.length;
}
