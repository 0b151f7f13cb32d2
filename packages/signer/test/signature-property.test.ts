import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSigner as createWebCryptoSigner } from "../src/index.js";
import { createSigner as createNodeSigner } from "../src/node.js";
import { API_KEY, API_SECRET, ED25519_PEM, type KeyKind, RSA_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";
import { decodeParams, splitSignature, verifySignature } from "./support/verify-signature.js";

// Characters that broke signers before: reserved, sub-delims, '+', space, '%', CJK, emoji.
const tricky = fc.constantFrom(" ", "+", "@", "~", "!", "'", "(", ")", "*", "&", "=", "%", "#", "?", "/", "止", "损", "😀", "é");
const value = fc.oneof(
  fc.string({ unit: tricky, minLength: 1 }),
  fc.string({ unit: "grapheme", minLength: 1 }),
  fc.string({ unit: "binary", minLength: 1 }),
);

const cancel = fc.record(
  {
    symbol: value,
    listClientOrderId: value,
    newClientOrderId: value,
    recvWindow: fc.integer({ min: 1, max: 60000 }),
  },
  { requiredKeys: ["symbol", "listClientOrderId"] },
);

const cases: [string, KeyKind, () => ReturnType<typeof createWebCryptoSigner>, number][] = [
  ["HMAC, WebCrypto entry", "hmac", () => createWebCryptoSigner({ apiKey: API_KEY, apiSecret: API_SECRET }), 100],
  ["HMAC, node entry", "hmac", () => createNodeSigner({ apiKey: API_KEY, apiSecret: API_SECRET }), 100],
  ["RSA", "rsa", () => createWebCryptoSigner({ apiKey: API_KEY, privateKey: RSA_PEM }), 25],
  ["Ed25519", "ed25519", () => createWebCryptoSigner({ apiKey: API_KEY, privateKey: ED25519_PEM }), 50],
];

describe("property: what arrives on the wire verifies and decodes to the inputs", () => {
  let server: LoopbackServer;
  let kind: KeyKind = "hmac";
  beforeAll(async () => {
    server = await startLoopbackServer((request, response) => verifyingHandler(kind)(request, response));
  });
  afterAll(() => server.close());

  for (const [label, keyKind, makeSigner, numRuns] of cases) {
    // Up to 100 signed loopback round trips (RSA signs slowly): on a busy CI box that takes more than
    // vitest's 5 s default, and a timed-out property would keep sending into the next test's checks.
    it(`${label}: random parameter values`, { timeout: 60_000 }, async () => {
      kind = keyKind;
      const client = createTestClient(server.baseUrl, makeSigner());
      await fc.assert(
        fc.asyncProperty(cancel, async (query) => {
          const { error } = await client.DELETE("/sapi/v1/margin/orderList", { params: { query } });
          expect(error).toBeUndefined();
          const received = server.requests.at(-1);
          const { payload, signature } = splitSignature(received?.query ?? "");
          // The independent node:crypto verifier over the raw query, before &signature=.
          expect(verifySignature(keyKind, payload, signature)).toBe(true);
          const decoded = decodeParams(payload).filter(([name]) => name !== "timestamp");
          const expected = Object.entries(query).map(([name, v]) => [name, String(v)]);
          expect(decoded).toEqual(expected);
        }),
        { numRuns },
      );
    });
  }
});
