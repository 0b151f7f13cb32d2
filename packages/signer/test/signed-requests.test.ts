// Whole requests against known answers, the way smithy's signature-v4 suite
// tests a signer: the request a caller builds goes in, the exact request the
// signer must send comes out (URL, body, method, headers, redirect mode).
import { describe, expect, it } from "vitest";
import * as hmacWebEntry from "../src/hmac/index.js";
import * as hmacNodeEntry from "../src/hmac/node.js";
import * as webEntry from "../src/index.js";
import * as nodeEntry from "../src/node.js";
import { API_KEY, API_SECRET, ED25519_PEM, RSA_PEM, type KeyKind, vectors } from "./support/keys.js";
import { runOnRequest } from "./support/run-on-request.js";
import requestsFile from "./vectors/requests.json" with { type: "json" };

const ORIGIN = "https://api.binance.com";
const FORM = "application/x-www-form-urlencoded";
const CREDENTIALS: Record<KeyKind, { apiSecret: string } | { privateKey: string }> = {
  hmac: { apiSecret: API_SECRET },
  rsa: { privateKey: RSA_PEM },
  ed25519: { privateKey: ED25519_PEM },
};

interface WholeRequestCase {
  name: string;
  key: string;
  request: { method: string; path: string; query: string; body: string | null };
  recvWindow: number | null;
  timestamp: number;
  expected: { query: string; body: string | null };
}

/** Runs one request through the signer's onRequest exactly as openapi-fetch would. */
async function sign(entry: typeof webEntry, testCase: WholeRequestCase): Promise<Request> {
  const { request, key, recvWindow, timestamp } = testCase;
  const signer = entry.createSigner({
    apiKey: API_KEY,
    ...CREDENTIALS[key as KeyKind],
    now: () => timestamp,
    ...(recvWindow === null ? {} : { recvWindow }),
  });
  const url = `${ORIGIN}${request.path}${request.query ? `?${request.query}` : ""}`;
  const init: RequestInit =
    request.body === null ? { method: request.method } : { method: request.method, body: request.body, headers: { "Content-Type": FORM } };
  return runOnRequest(signer, new Request(url, init), testCase.name);
}

async function expectWireRequest(signed: Request, testCase: WholeRequestCase) {
  const { expected, request } = testCase;
  expect(signed.url).toBe(`${ORIGIN}${request.path}${expected.query ? `?${expected.query}` : ""}`);
  expect(signed.method).toBe(request.method);
  expect(expected.body === null ? signed.body : await signed.text()).toBe(expected.body);
  expect(signed.headers.get("X-MBX-APIKEY")).toBe(API_KEY);
  if (expected.body !== null) expect(signed.headers.get("Content-Type")).toBe(FORM);
  // A signed request never follows a redirect (see redirects.test.ts).
  expect(signed.redirect).toBe("manual");
}

/** Each REST vector of signing.json, sent once all in the query and once all in a form body. */
function casesFromSigningVectors(): WholeRequestCase[] {
  const cases: WholeRequestCase[] = [];
  for (const vector of vectors.vectors) {
    const match = vector.payload === undefined ? null : /^(?:(.*)&)?timestamp=(\d+)$/.exec(vector.payload);
    if (!match) continue; // FIX-protocol rows sign raw bytes, not a request
    const callerParams = match[1] ?? "";
    const signature = encodeURIComponent(vector.signature);
    const common = { key: vector.key, recvWindow: null, timestamp: Number(match[2]) };
    // A query the URL serializer would re-encode (e.g. a raw `'`, sent as %27) is
    // not what goes on the wire, so it cannot be a query-form case; its bytes
    // travel unchanged in a form body.
    const wireSafe = new URL(`http://h/?${vector.payload}`).search === `?${vector.payload}`;
    if (wireSafe) cases.push({
      ...common,
      name: `${vector.name} (query)`,
      request: { method: "DELETE", path: "/sapi/v1/margin/orderList", query: callerParams, body: null },
      expected: { query: `${vector.payload}&signature=${signature}`, body: null },
    });
    if (callerParams !== "") {
      cases.push({
        ...common,
        name: `${vector.name} (form body)`,
        request: { method: "POST", path: "/sapi/v1/margin/orderList", query: "", body: callerParams },
        expected: { query: "", body: `${vector.payload}&signature=${signature}` },
      });
    }
  }
  return cases;
}

describe("whole signed requests against known answers", () => {
  const suites: [string, WholeRequestCase[]][] = [
    ["vectors/requests.json", requestsFile.cases],
    ["signing.json vectors as whole requests", casesFromSigningVectors()],
  ];
  for (const [suite, cases] of suites) {
    describe(suite, () => {
      it("has cases (every key type, query and form body)", () => {
        expect(new Set(cases.map((c) => c.key)).size).toBeGreaterThanOrEqual(2);
        expect(cases.some((c) => c.request.body !== null)).toBe(true);
      });
      for (const testCase of cases) {
        // The HMAC-only entries (@sapi-kit/signer/hmac) must send the same bytes for HMAC keys.
        const entries = [
          ["webcrypto", webEntry],
          ["node", nodeEntry],
          ...(testCase.key === "hmac"
            ? ([
                ["hmac webcrypto", hmacWebEntry as typeof webEntry],
                ["hmac node", hmacNodeEntry as typeof webEntry],
              ] as const)
            : []),
        ] as const;
        for (const [entryName, entry] of entries) {
          it(`${testCase.name} (${entryName} entry)`, async () => {
            await expectWireRequest(await sign(entry, testCase), testCase);
          });
        }
      }
    });
  }

  it("the signing.json suite covers every REST vector of every key type", () => {
    expect(new Set(casesFromSigningVectors().map((c) => c.key))).toEqual(new Set(["hmac", "rsa", "ed25519"]));
  });
});
