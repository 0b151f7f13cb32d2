// `@sapi-kit/signer/hmac`: the main entry's API for apps that sign with an
// HMAC secret only. Same signatures, same checks, no privateKey; that its
// bundle leaves the PEM/RSA/Ed25519 code out is bench/test/size.test.ts's job.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as hmacWebEntry from "../src/hmac/index.js";
import * as hmacNodeEntry from "../src/hmac/node.js";
import * as webEntry from "../src/index.js";
import { API_KEY, API_SECRET, ED25519_PEM, RSA_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { runOnRequest } from "./support/run-on-request.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { splitSignature, verifySignature } from "./support/verify-signature.js";

// Property tests over every entry: generous against a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const hmacEntries = [
  ["hmac (WebCrypto)", hmacWebEntry],
  ["hmac (node:crypto)", hmacNodeEntry],
] as const;

/** Runs one request through a signer's onRequest, as openapi-fetch would, and returns the signed URL. */
async function signedUrl(entry: typeof hmacWebEntry | typeof webEntry, url: string, timestamp: number): Promise<string> {
  const signer = entry.createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: () => timestamp });
  return (await runOnRequest(signer, new Request(url, { method: "DELETE" }))).url;
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("@sapi-kit/signer/hmac", () => {
  it("exports the main entry's API, with the same error classes", () => {
    const main: Record<string, unknown> = webEntry;
    for (const [, entry] of hmacEntries) {
      expect(Object.keys(entry).sort()).toEqual(Object.keys(webEntry).sort());
      for (const name of ["SapiKitError", "ResponseUnreadableError", "SignerConfigError", "ClockSyncError", "UnknownExecutionStatusError", "RateLimitError"] as const) {
        expect(entry[name], name).toBe(main[name]);
      }
    }
  });

  it("signs exactly as the main entry for the same request and time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 2 ** 42 }), async (symbol, timestamp) => {
        const url = `http://127.0.0.1/sapi/v1/margin/orderList?symbol=${encodeURIComponent(symbol)}&orderListId=0`;
        const expected = await signedUrl(webEntry, url, timestamp);
        expect(expected).toMatch(/&signature=[0-9a-f]{64}$/);
        for (const [, entry] of hmacEntries) expect(await signedUrl(entry, url, timestamp)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it.each(hmacEntries)("%s: refuses a privateKey at createSigner(), naming the entry that takes one", (_name, entry) => {
    for (const privateKey of [RSA_PEM, ED25519_PEM, "not a PEM"]) {
      const create = () => entry.createSigner({ apiKey: API_KEY, privateKey } as never);
      expect(create).toThrow(entry.SignerConfigError);
      expect(create).toThrow(/apiSecret only.*main entry, @sapi-kit\/signer\./);
    }
  });

  it.each(hmacEntries)("%s: checks options as the main entry does", (_name, entry) => {
    for (const options of [{ apiKey: "a b", apiSecret: API_SECRET }, { apiKey: API_KEY, apiSecret: "" }, { apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 0 }]) {
      expect(() => entry.createSigner(options as never)).toThrow(entry.SignerConfigError);
    }
  });

  it.each(hmacEntries)("%s: a signed call the loopback server verifies", async (_name, entry) => {
    server = await startLoopbackServer(verifyingHandler("hmac"));
    const client = createTestClient(server.baseUrl, entry.createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", isIsolated: "TRUE", orderListId: 0 } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ orderListId: 0, symbol: "LTCBTC", ok: true });
    const [received] = server.requests;
    expect(received?.headers["x-mbx-apikey"]).toBe(API_KEY);
    const { payload, signature } = splitSignature(received?.query ?? "");
    expect(verifySignature("hmac", payload, signature)).toBe(true);
  });
});
