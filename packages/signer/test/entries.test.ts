import * as clientErrors from "@sapi-kit/client/errors";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as webEntry from "../src/index.js";
import * as nodeEntry from "../src/node.js";
import { API_KEY, API_SECRET } from "./support/keys.js";
import { runOnRequest } from "./support/run-on-request.js";

// Property tests over every entry: generous against a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Runs one request through a signer's onRequest, as openapi-fetch would, and returns the signed URL. */
async function signedUrl(entry: typeof webEntry, url: string, timestamp: number): Promise<string> {
  const signer = entry.createSigner({ apiKey: API_KEY, apiSecret: API_SECRET, now: () => timestamp });
  return (await runOnRequest(signer, new Request(url, { method: "DELETE" }))).url;
}

describe("node entry and WebCrypto entry", () => {
  it("export the same public API", () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(webEntry).sort());
    expect(nodeEntry.SapiKitError).toBe(webEntry.SapiKitError);
  });

  it("share one error family with the client: SapiKitError and ResponseUnreadableError are the client's", () => {
    for (const entry of [webEntry, nodeEntry]) {
      expect(entry.SapiKitError).toBe(clientErrors.SapiKitError);
      expect(entry.ResponseUnreadableError).toBe(clientErrors.ResponseUnreadableError);
      for (const name of ["SignerConfigError", "ClockSyncError", "UnknownExecutionStatusError", "RateLimitError"] as const) {
        expect(entry[name].prototype, name).toBeInstanceOf(clientErrors.SapiKitError);
      }
    }
  });

  it("produce identical signatures for the same request and time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 2 ** 42 }), async (symbol, timestamp) => {
        const url = `http://127.0.0.1/sapi/v1/margin/orderList?symbol=${encodeURIComponent(symbol)}&orderListId=0`;
        const web = await signedUrl(webEntry, url, timestamp);
        expect(web).toMatch(/&signature=[0-9a-f]{64}$/);
        expect(await signedUrl(nodeEntry, url, timestamp)).toBe(web);
      }),
      { numRuns: 200 },
    );
  });
});
