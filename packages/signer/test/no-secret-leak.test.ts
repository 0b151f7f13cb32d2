import { generateKeyPairSync } from "node:crypto";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createSigner } from "../src/index.js";
import { createSigner as createNodeSigner } from "../src/node.js";
import { API_KEY, API_SECRET, ED25519_PEM, RSA_PEM } from "./support/keys.js";
import { type LoopbackServer, sendJson, startLoopbackServer } from "./support/loopback-server.js";
import { createTestClient } from "./support/signed-client.js";

const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
const PKCS1_PEM = rsa.privateKey.export({ type: "pkcs1", format: "pem" }) as string;
const EC_PEM = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;

/** Every 12-character window of the secret's meaningful part: catches partial leaks too. */
function fragments(secret: string): string[] {
  const material = secret.replace(/-----[A-Z ]+-----|\s/g, "");
  const windows: string[] = [];
  for (let i = 0; i + 12 <= material.length; i += 6) windows.push(material.slice(i, i + 12));
  return windows;
}

const SECRETS = [API_SECRET, RSA_PEM, ED25519_PEM, PKCS1_PEM, EC_PEM];

function everythingVisible(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack, JSON.stringify(e), inspect(e, { depth: 20, showHidden: true }), String(e)].join("\n");
}

function expectNoSecrets(error: unknown) {
  expect(error).toBeInstanceOf(Error);
  const text = everythingVisible(error);
  for (const secret of SECRETS) {
    for (const fragment of fragments(secret)) {
      if (text.includes(fragment)) throw new Error(`secret fragment leaked: ${fragment.slice(0, 3)}…`);
    }
  }
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("no secret or key material in errors", () => {
  it("the helper does catch a leak (so the checks below can fail)", () => {
    expect(() => expectNoSecrets(new Error(`oops ${API_SECRET.slice(5, 30)}`))).toThrow(/leaked/);
    expect(() => expectNoSecrets(new Error(`oops ${RSA_PEM.slice(100, 140)}`))).toThrow(/leaked/);
  });

  const configCases: [string, Record<string, unknown>][] = [
    ["secret and key together", { apiKey: API_KEY, apiSecret: API_SECRET, privateKey: RSA_PEM }],
    ["secret pasted as apiKey", { apiKey: `${API_SECRET}\n`, apiSecret: API_SECRET }],
    ["secret pasted as recvWindow", { apiKey: API_KEY, apiSecret: API_SECRET, recvWindow: API_SECRET }],
    ["PKCS#1 key", { apiKey: API_KEY, privateKey: PKCS1_PEM }],
    ["EC key", { apiKey: API_KEY, privateKey: EC_PEM }],
    ["RSA PEM labelled as a public key", { apiKey: API_KEY, privateKey: RSA_PEM.replace(/PRIVATE KEY/g, "PUBLIC KEY") }],
    ["Ed25519 key body inside a broken PEM", { apiKey: API_KEY, privateKey: ED25519_PEM.replace("-----END", "---END") }],
  ];
  for (const factory of [createSigner, createNodeSigner]) {
    it.each(configCases)(`createSigner(): %s (${factory === createSigner ? "webcrypto" : "node"} entry)`, (_label, options) => {
      expectNoSecrets(thrownBy(() => factory(options as unknown as Parameters<typeof createSigner>[0])));
    });
  }

  it("a key that fails WebCrypto import", async () => {
    server = await startLoopbackServer(() => undefined);
    const truncatedRsa = `-----BEGIN PRIVATE KEY-----\n${RSA_PEM.replace(/-----[A-Z ]+-----|\s/g, "").slice(0, 800)}\n-----END PRIVATE KEY-----`;
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, privateKey: truncatedRsa }));
    const error = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
      .catch((e: unknown) => e);
    expectNoSecrets(error);
  });

  it.each([
    ["unknown status (5xx)", 500],
    ["rate limit", 429],
  ])("runtime error: %s", async (_label, status) => {
    server = await startLoopbackServer((_request, response) => sendJson(response, status, { code: -1, msg: "x" }));
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }));
    const error = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
      .catch((e: unknown) => e);
    expectNoSecrets(error);
  });

  it("runtime error: network failure (with its cause)", async () => {
    server = await startLoopbackServer((_request, response) => {
      response.socket?.destroy();
    });
    const client = createTestClient(server.baseUrl, createSigner({ apiKey: API_KEY, privateKey: ED25519_PEM }));
    const error = await client
      .DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0 } } })
      .catch((e: unknown) => e);
    expectNoSecrets(error);
  });

  it("the signer object itself does not expose the secret when inspected or serialized", () => {
    for (const signer of [createSigner({ apiKey: API_KEY, apiSecret: API_SECRET }), createSigner({ apiKey: API_KEY, privateKey: RSA_PEM })]) {
      const text = `${inspect(signer, { depth: 20, showHidden: true })}\n${JSON.stringify(signer)}`;
      for (const secret of SECRETS) for (const fragment of fragments(secret)) expect(text).not.toContain(fragment);
    }
  });
});
