import { describe, expect, it } from "vitest";
import { createAsymmetricSigner } from "../src/asymmetric-signer.js";
import { createNodeHmacSigner } from "../src/hmac-node.js";
import { createWebCryptoHmacSigner } from "../src/hmac-webcrypto.js";
import type { PayloadSigner } from "../src/payload-signer.js";
import { API_SECRET, ED25519_PEM, RSA_PEM, vectors } from "./support/keys.js";

describe("known-answer vectors", () => {
  it("covers every key type, with Binance-published rows", () => {
    expect(new Set(vectors.vectors.map((v) => v.key))).toEqual(new Set(["hmac", "rsa", "ed25519"]));
    expect(vectors.vectors.filter((v) => v.source === "binance-docs").length).toBeGreaterThan(0);
  });

  const signers: Record<string, Record<string, PayloadSigner>> = {
    hmac: { webcrypto: createWebCryptoHmacSigner(API_SECRET), "node:crypto": createNodeHmacSigner(API_SECRET) },
    rsa: { webcrypto: createAsymmetricSigner(RSA_PEM) },
    ed25519: { webcrypto: createAsymmetricSigner(ED25519_PEM) },
  };

  for (const vector of vectors.vectors) {
    // FIX vectors sign raw bytes (with SOH separators); all of them are ASCII, so latin1 == UTF-8 here.
    const payload = vector.payload ?? Buffer.from(vector.payloadBase64 ?? "", "base64").toString("latin1");
    for (const [provider, sign] of Object.entries(signers[vector.key] ?? {})) {
      it(`${vector.name} (${vector.source}, ${provider})`, async () => {
        expect(await sign(payload)).toBe(vector.signature);
      });
    }
  }
});
