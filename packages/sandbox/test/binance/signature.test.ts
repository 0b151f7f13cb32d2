import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSignedQuery, verifySignature } from "../../src/binance/signature-verification.js";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import type { VerificationKey } from "../../src/state/accounts.js";
import { CANCEL_PATH, cancel, send, sendSignedQuery } from "../helpers/http.js";
import { signPayload, unsignedQuery, withSignature } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

interface Vector {
  name: string;
  key: "hmac" | "rsa" | "ed25519";
  payload?: string;
  payloadBase64?: string;
  signature: string;
}
const known: {
  keys: { hmac: { apiKey: string; apiSecret: string }; rsa: { pem: string }; ed25519: { pem: string } };
  vectors: Vector[];
} = JSON.parse(
  // The known-answer vectors live with the signer; both packages are checked against the same rows.
  readFileSync(new URL("../../../signer/test/vectors/signing.json", import.meta.url), "utf8"),
);

const spkiPem = (privatePem: string) => createPublicKey(privatePem).export({ type: "spki", format: "pem" }).toString();

const vectorKeys: Record<Vector["key"], VerificationKey> = {
  hmac: { keyType: "hmac", secret: known.keys.hmac.apiSecret },
  rsa: { keyType: "rsa", publicKey: createPublicKey(known.keys.rsa.pem) },
  ed25519: { keyType: "ed25519", publicKey: createPublicKey(known.keys.ed25519.pem) },
};

const rejected = (sandbox: Sandbox) => sandbox.orderLists().every((list) => list.status === "OPEN");

describe("signature verification (known answers and properties)", () => {
  it.each(known.vectors.map((vector) => [vector.name, vector] as const))("accepts vector %s", (_name, vector) => {
    const payload = vector.payload ?? Buffer.from(vector.payloadBase64 ?? "", "base64").toString("utf8");
    expect(verifySignature(vectorKeys[vector.key], payload, vector.signature)).toBe(true);
    expect(verifySignature(vectorKeys[vector.key], `${payload}0`, vector.signature)).toBe(false);
  });

  it("accepts what node:crypto signs and rejects any other payload, for every key type", async () => {
    const sandbox = await startTestSandbox();
    const accounts = await Promise.all(
      (["hmac", "rsa", "ed25519"] as const).map((type) => sandbox.createAccount({ type })),
    );
    const registry = accounts.map((account) => ({
      account,
      key: (account.keyType === "hmac"
        ? { keyType: "hmac", secret: account.apiSecret }
        : { keyType: account.keyType, publicKey: createPublicKey(account.publicKeyPem ?? "") }) as VerificationKey,
    }));
    fc.assert(
      fc.property(fc.constantFrom(...registry), fc.string({ unit: "grapheme" }), fc.string({ minLength: 1 }), ({ account, key }, payload, suffix) => {
        const signature = signPayload(account, payload);
        expect(verifySignature(key, payload, signature)).toBe(true);
        expect(verifySignature(key, payload + suffix, signature)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it("splits any query into the exact signed bytes and the decoded signature", () => {
    const pair = fc.tuple(fc.string({ minLength: 1 }), fc.string()).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), fc.base64String({ minLength: 4 }), (pairs, signature) => {
        const payload = pairs.join("&");
        const query = payload === "" ? `signature=${encodeURIComponent(signature)}` : `${payload}&signature=${encodeURIComponent(signature)}`;
        expect(splitSignedQuery(query)).toEqual({ payload, signature });
      }),
    );
  });

  it("finds no signature when it is missing or not the last parameter", () => {
    expect(splitSignedQuery("symbol=LTCBTC&timestamp=1")).toBeUndefined();
    expect(splitSignedQuery("symbol=LTCBTC&signature=abc&timestamp=1")).toBeUndefined();
  });
});

describe("signed requests over HTTP", () => {
  async function cancelsWith(sandbox: Sandbox, account: SandboxAccount) {
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const result = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: list.orderListId });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("CANCELED");
  }

  it.each(["hmac", "rsa", "ed25519"] as const)("accepts a generated %s key", async (type) => {
    const sandbox = await startTestSandbox();
    await cancelsWith(sandbox, await sandbox.createAccount({ type }));
  });

  it("accepts registered keys: an HMAC secret and RSA / Ed25519 public keys", async () => {
    const sandbox = await startTestSandbox();
    const hmac = await sandbox.createAccount({ apiKey: known.keys.hmac.apiKey, apiSecret: known.keys.hmac.apiSecret });
    expect(hmac.keyType).toBe("hmac");
    await cancelsWith(sandbox, hmac);
    for (const pem of [known.keys.rsa.pem, known.keys.ed25519.pem]) {
      const registered = await sandbox.createAccount({ publicKey: spkiPem(pem) });
      expect(registered.privateKeyPem).toBeUndefined();
      // The test keeps the private key; the sandbox only ever saw the public one.
      await cancelsWith(sandbox, { ...registered, privateKeyPem: pem });
    }
  });

  it.each(["hmac", "rsa", "ed25519"] as const)("answers -1022 to a tampered %s query and cancels nothing", async (type) => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type });
    const signedFor = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const target = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const payload = unsignedQuery({ symbol: "LTCBTC", orderListId: signedFor.orderListId }, sandbox.serverTime());
    const signature = encodeURIComponent(signPayload(account, payload));
    const tampered = payload.replace(`orderListId=${signedFor.orderListId}`, `orderListId=${target.orderListId}`);
    const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?${tampered}&signature=${signature}`, account.apiKey);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: -1022, msg: "Signature for this request is not valid." });
    expect(rejected(sandbox)).toBe(true);
  });

  it("answers -1022 to a signature made with another account's key", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const intruder = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const payload = unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId }, sandbox.serverTime());
    const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?${withSignature(intruder, payload)}`, account.apiKey);
    expect(result.body.code).toBe(-1022);
    expect(rejected(sandbox)).toBe(true);
  });

  it("answers -1022 when signature is not the last parameter", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const payload = unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId }, sandbox.serverTime());
    const result = await send(sandbox, "DELETE", `${CANCEL_PATH}?signature=${signPayload(account, payload)}&${payload}`, account.apiKey);
    expect(result.body.code).toBe(-1022);
    expect(rejected(sandbox)).toBe(true);
  });

  it("requires base64 signatures to be percent-encoded: a raw '+' decodes to a space (-1022)", async () => {
    const sandbox = await startTestSandbox({ now: () => 1_574_040_868_128 });
    const account = await sandbox.createAccount({ type: "ed25519" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    // Ed25519 is deterministic: walk newClientOrderIds until the signature contains a '+'.
    let payload = "";
    let signature = "";
    for (let attempt = 0; !signature.includes("+"); attempt++) {
      payload = unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId, newClientOrderId: `c${attempt}` }, sandbox.serverTime());
      signature = signPayload(account, payload);
    }
    const raw = await send(sandbox, "DELETE", `${CANCEL_PATH}?${payload}&signature=${signature}`, account.apiKey);
    expect(raw.body.code).toBe(-1022);
    expect(rejected(sandbox)).toBe(true);
    const encoded = await sendSignedQuery(sandbox, account, payload);
    expect(encoded.status).toBe(200);
  });

  it("verifies the exact received bytes, e.g. a literal ' that fetch would re-encode", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const listClientOrderId = "it's";
    sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId });
    const path = `${CANCEL_PATH}?${withSignature(account, `symbol=LTCBTC&listClientOrderId=it's&timestamp=${sandbox.serverTime()}`)}`;
    // node:http sends the path verbatim (no WHATWG URL normalisation).
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const options = { host: sandbox.host, port: sandbox.port, path, method: "DELETE", headers: { "X-MBX-APIKEY": account.apiKey } };
      const req = request(options, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      });
      req.on("error", reject);
      req.end();
    });
    expect(sandbox.requests.at(-1)?.query).toContain("it's");
    expect(status).toBe(200);
  });

  it("answers 401 -2014 without X-MBX-APIKEY and 401 -2015 for an unknown key, cancelling nothing", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const query = withSignature(account, unsignedQuery({ symbol: "LTCBTC", orderListId: list.orderListId }, sandbox.serverTime()));

    const missing = await send(sandbox, "DELETE", `${CANCEL_PATH}?${query}`);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ code: -2014, msg: "API-key format invalid." });

    const unknown = await send(sandbox, "DELETE", `${CANCEL_PATH}?${query}`, "not-a-registered-key");
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ code: -2015, msg: "Invalid API-key, IP, or permissions for action." });
    expect(rejected(sandbox)).toBe(true);
  });
});
