// What a client handed back is a body Binance could send: the body (or, for
// ccxt, the raw `info` it parsed) is validated against the 200 response the
// spec documents for that method and path, with the one Ajv set-up of the
// repository (@sapi-kit/spec/loader).
import { createSpecValidator, readSpec } from "@sapi-kit/spec/loader";
import { expect } from "vitest";

const validator = createSpecValidator(readSpec());

/** Fails, naming the step, unless `body` matches the spec's 200 response of `method` `path`. */
export function expectSpecShape(method: "GET" | "DELETE" | "POST", path: string, body: unknown, step: string): void {
  const problems = validator.responseProblems({ method, path, status: 200, body: JSON.stringify(body) });
  expect(problems, `${step}: the answer has the shape the spec gives ${method} ${path}`).toEqual([]);
}
