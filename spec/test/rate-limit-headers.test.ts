// Which rate-limit header each response declares follows from the operation's
// x-weight, as Binance's /api vs /sapi table says (and the sandbox sends):
// UID-weighted /sapi endpoints report X-SAPI-USED-UID-WEIGHT-1M, IP-weighted
// /sapi endpoints X-SAPI-USED-IP-WEIGHT-1M, /api endpoints X-MBX-USED-WEIGHT-1M.
import { listOperations } from "@sapi-kit/spec/loader";
import { describe, expect, it } from "vitest";
import { type Json, readSourceSpec, resolveRef } from "./support/spec-document.js";

const spec = readSourceSpec();
const WEIGHT_HEADER = /^X-(SAPI|MBX)-USED-.*WEIGHT/i;

function expectedHeader(path: string, type: string): string {
  if (type === "UID") return "X-SAPI-USED-UID-WEIGHT-1M";
  return path.startsWith("/sapi/") ? "X-SAPI-USED-IP-WEIGHT-1M" : "X-MBX-USED-WEIGHT-1M";
}

/** [operationId, status, expected header, declared weight headers] for every response of every operation. */
const RESPONSES = listOperations(spec).flatMap(({ path, operation }) =>
  Object.entries<Json>(operation.responses).map(([status, response]) => {
    const declared = Object.keys(resolveRef(spec, response).headers ?? {}).filter((name) => WEIGHT_HEADER.test(name));
    return [operation.operationId, status, expectedHeader(path, operation["x-weight"].type), declared] as const;
  }),
);

describe("rate-limit headers follow x-weight", () => {
  it("covers every operation, both weight types and both path families", () => {
    const expected = new Set(RESPONSES.map(([, , header]) => header));
    expect([...expected].sort()).toEqual(["X-MBX-USED-WEIGHT-1M", "X-SAPI-USED-IP-WEIGHT-1M", "X-SAPI-USED-UID-WEIGHT-1M"]);
  });

  it.each(RESPONSES)("%s %s declares no weight header other than %s", (_id, _status, header, declared) => {
    for (const name of declared) expect(name).toBe(header);
  });

  it.each(RESPONSES.filter(([, status]) => ["200", "400", "401", "429"].includes(status)))(
    "%s %s declares %s",
    (_id, _status, header, declared) => {
      expect(declared).toEqual([header]);
    },
  );
});
