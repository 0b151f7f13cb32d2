import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createSigner, SapiKitError, SignerConfigError } from "../src/index.js";
import { API_KEY, API_SECRET, ED25519_PEM, RSA_PEM } from "./support/keys.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient, verifyingHandler } from "./support/signed-client.js";

type AnyOptions = Parameters<typeof createSigner>[0];
const make = (options: unknown) => () => createSigner(options as AnyOptions);

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("bad options are SignerConfigError at createSigner()", () => {
  it.each([
    ["no options", undefined],
    ["missing apiKey", { apiSecret: API_SECRET }],
    ["empty apiKey", { apiKey: "", apiSecret: API_SECRET }],
    ["apiKey with a trailing newline", { apiKey: `${API_KEY}\n`, apiSecret: API_SECRET }],
    ["apiKey with a space", { apiKey: "abc def", apiSecret: API_SECRET }],
    ["neither secret nor key", { apiKey: API_KEY }],
    ["both secret and key", { apiKey: API_KEY, apiSecret: API_SECRET, privateKey: ED25519_PEM }],
    ["empty apiSecret", { apiKey: API_KEY, apiSecret: "" }],
    ["non-string apiSecret", { apiKey: API_KEY, apiSecret: 42 }],
  ])("%s", (_label, options) => {
    expect(make(options)).toThrow(SignerConfigError);
  });

  it.each([0, -1, 60001, 1.5, Number.NaN, "5000"])("recvWindow %s", (recvWindow) => {
    const error = (() => {
      try {
        make({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow })();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SignerConfigError);
    expect(error).toBeInstanceOf(SapiKitError);
    expect(error).toMatchObject({ code: "SIGNER_CONFIG", message: expect.stringMatching(/recvWindow.*1 to 60000/) });
  });

  it("accepts the recvWindow bounds 1 and 60000", () => {
    expect(make({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 1 })).not.toThrow();
    expect(make({ apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: 60000 })).not.toThrow();
  });
});

describe("key formats", () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const pkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem" }) as string;
  const encrypted = rsa.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "pw" }) as string;
  const encryptedPkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem", cipher: "aes-256-cbc", passphrase: "pw" }) as string;

  it.each([
    ["PKCS#1 RSA PEM", pkcs1, /openssl pkcs8 -topk8 -nocrypt/],
    ["encrypted PKCS#8 PEM", encrypted, /unencrypted PKCS#8/],
    ["encrypted PKCS#1 PEM (Proc-Type header)", encryptedPkcs1, /unencrypted PKCS#8/],
    ["public key PEM", rsa.publicKey.export({ type: "spki", format: "pem" }) as string, /PKCS#8/],
    ["not a PEM", "hello", /PKCS#8 PEM/],
    ["EC P-256 PKCS#8", ec.privateKey.export({ type: "pkcs8", format: "pem" }) as string, /not a valid RSA or Ed25519/],
    ["PKCS#8 PEM with a garbage body", "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----", /not a valid RSA or Ed25519/],
    ["a number instead of a key", 42, /CryptoKey/],
  ])("%s is rejected with a hint", (_label, privateKey, hint) => {
    expect(make({ apiKey: API_KEY, privateKey })).toThrow(SignerConfigError);
    expect(make({ apiKey: API_KEY, privateKey })).toThrow(hint);
  });

  it("detects RSA and Ed25519 from the PKCS#8 key itself, with or without CRLF line breaks", () => {
    expect(make({ apiKey: API_KEY, privateKey: RSA_PEM })).not.toThrow();
    expect(make({ apiKey: API_KEY, privateKey: ED25519_PEM.replace(/\n/g, "\r\n") })).not.toThrow();
  });

  it("a structurally valid PKCS#8 that WebCrypto cannot import fails on the first request, before sending", async () => {
    server = await startLoopbackServer(verifyingHandler("ed25519"));
    // Ed25519 OID with a truncated private key: passes the DER check, fails the import.
    const der = Buffer.from(`302a020100300506032b6570041e041c${"00".repeat(28)}`, "hex");
    const pem = `-----BEGIN PRIVATE KEY-----\n${der.toString("base64")}\n-----END PRIVATE KEY-----\n`;
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, privateKey: pem }));
    const call = client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } });
    await expect(call).rejects.toThrow(SignerConfigError);
    await expect(call).rejects.toThrow(/not a valid RSA or Ed25519 PKCS#8/);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["a public CryptoKey", async () => (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]) as CryptoKeyPair).publicKey],
    ["an HMAC CryptoKey", () => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"])],
    [
      "an RSA-PSS CryptoKey",
      async () =>
        (
          (await crypto.subtle.generateKey(
            { name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
            false,
            ["sign", "verify"],
          )) as CryptoKeyPair
        ).privateKey,
    ],
    [
      "an RSASSA-PKCS1-v1_5 SHA-1 CryptoKey",
      async () =>
        (
          (await crypto.subtle.generateKey(
            { name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" },
            false,
            ["sign", "verify"],
          )) as CryptoKeyPair
        ).privateKey,
    ],
  ])("rejects %s", async (_label, makeKey) => {
    const privateKey = await makeKey();
    expect(make({ apiKey: API_KEY, privateKey })).toThrow(/RSASSA-PKCS1-v1_5 \(SHA-256\) or Ed25519/);
  });
});

describe("PEM scanning is linear", () => {
  // Each input is 2-4 MB. A backtracking scan (e.g. /BEGIN (.+)-----([\s\S]*?)-----END \1/)
  // takes minutes on these; a linear one takes milliseconds. The bound is on the CPU time
  // this test process spends (process.cpuUsage), not on the wall clock: another process
  // competing for the cores does not count against it. 10 s is far below minutes.
  const WITHIN_MS = 10_000;
  /** CPU milliseconds (user + system) this process spent running `scan`. */
  const cpuMsOf = (scan: () => void): number => {
    const started = process.cpuUsage();
    scan();
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1000;
  };
  const SIZE = 100_000;
  it.each([
    ["BEGIN lines with no END", "-----BEGIN PRIVATE KEY-----\n".repeat(SIZE)],
    ["BEGIN lines with mismatched END labels", "-----BEGIN PRIVATE KEY-----\n-----END RSA KEY-----\n".repeat(SIZE)],
    ["one BEGIN then a huge unterminated body", `-----BEGIN PRIVATE KEY-----\n${"A".repeat(40 * SIZE)}`],
    ["dashes only", "-".repeat(30 * SIZE)],
    ["a BEGIN label that never closes", `-----BEGIN ${"A ".repeat(10 * SIZE)}`],
  ])("%s: rejected quickly with the usual hint", { timeout: 60_000 }, (_label, pem) => {
    expect(cpuMsOf(() => expect(make({ apiKey: API_KEY, privateKey: pem })).toThrow(/PKCS#8 PEM/))).toBeLessThan(WITHIN_MS);
  });

  it("a valid key with a large harmless preamble is still found", { timeout: 60_000 }, () => {
    expect(cpuMsOf(() => expect(make({ apiKey: API_KEY, privateKey: `${"comment line\n".repeat(SIZE)}${ED25519_PEM}` })).not.toThrow())).toBeLessThan(
      WITHIN_MS,
    );
  });
});
