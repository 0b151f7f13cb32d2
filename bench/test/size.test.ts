import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "@sapi-kit/client";
import { type Sandbox, startSandbox } from "@sapi-kit/sandbox";
import { createSigner } from "@sapi-kit/signer";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WebSocket as WsWebSocket } from "ws";
import { type BundleSize, bundleSize } from "../lib/bundle-size.mjs";
import { CLIENT_AND_SIGNER_ENTRY, HMAC_ONLY_ENTRY, STREAM_ENTRY } from "../lib/size-entries.mjs";

// Bundles are imported and each sends a signed cancel to a sandbox: seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// The size budget from issue 12: what a browser app pays for the client and
// the signer together, openapi-fetch included, minified and gzipped. The
// bundles measured here are also run: each one sends a real signed cancel to
// the sandbox, so a bundle that is small because it is broken cannot pass.
// 6,000 B until a call had four outcomes instead of three ("not sent", the
// body-read check, the default timeout: +402 B); 6,100 B while the way back
// was found. Back to 6,000 B with a margin: the client's LightRequest left the
// browser build (the default entry sends platform Requests), the client reads
// and checks a body in one place, and the signer reads less: 5,910 B here,
// 5,918 B by a plain esbuild 0.28 + `gzip -9` of the same entry (which
// measures a few bytes more), so an ordinary measurement stays under 6,000 B.
const BUDGET_BYTES = 6000;
// What only the Node entries may carry: node: built-ins, the node:http
// transport (its undici dispatcher check, its TLS event), process.getBuiltinModule.
const NODE_ONLY = /node:|getBuiltinModule|undici\.globalDispatcher|secureConnect/;
const benchDir = fileURLToPath(new URL("..", import.meta.url));

type Client = {
  use: (middleware: unknown) => void;
  DELETE: (
    path: "/sapi/v1/margin/orderList",
    init: { params: { query: { symbol: string; orderListId: number } } },
  ) => Promise<{ data?: { listOrderStatus: string }; error?: { code: number; msg: string }; response: Response }>;
};
type FullBundle = {
  createClient: (options: { baseUrl: string }) => Client;
  createSigner: (options: { apiKey: string; apiSecret: string } | { apiKey: string; privateKey: string }) => unknown;
};
type HmacOnlyBundle = { createHmacClient: (options: { baseUrl: string; apiKey: string; apiSecret: string }) => Client };

const describeSize = (name: string, bundle: BundleSize) =>
  `${name}: ${bundle.minifiedBytes} B minified, ${bundle.gzipBytes} B min+gzip`;

describe("bundle size: createClient + createSigner (esbuild, browser, minified, gzip -9)", async () => {
  // platform browser: the default/WebCrypto build, not the `node` condition.
  const [full, hmacOnly] = await Promise.all([
    bundleSize({ entry: CLIENT_AND_SIGNER_ENTRY, resolveDir: benchDir, platform: "browser" }),
    bundleSize({ entry: HMAC_ONLY_ENTRY, resolveDir: benchDir, platform: "browser" }),
  ]);
  const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-size-"));
  let sandbox: Sandbox;

  /** Writes a bundle to disk and imports it, as an app would load its build output. */
  async function load<T>(name: string, bundle: BundleSize): Promise<T> {
    const file = join(scratch, `${name}.mjs`);
    writeFileSync(file, bundle.code);
    return (await import(pathToFileURL(file).href)) as T;
  }

  /** Cancels a freshly seeded OCO through `client`; the sandbox must have executed it. */
  async function cancelThrough(client: Client, apiKey: string) {
    const { orderListId } = sandbox.createOcoList(apiKey, { symbol: "LTCBTC" });
    sandbox.clearRequests();
    const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId } },
    });
    expect(error, error && `${error.code} ${error.msg}`).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.listOrderStatus).toBe("ALL_DONE");
    expect(sandbox.getOrderList(apiKey, { orderListId })?.status).toBe("CANCELED");
    const [request] = sandbox.requests;
    expect(sandbox.requests).toHaveLength(1);
    expect(request).toMatchObject({ method: "DELETE", path: "/sapi/v1/margin/orderList", status: 200, executed: true });
    expect(request?.query).toMatch(/(^|&)timestamp=\d+&signature=[^&]+$/);
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ host: "127.0.0.1" });
  });
  afterAll(async () => {
    await sandbox?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(`client + signer is at most ${BUDGET_BYTES} bytes min+gzip; the HMAC-only app is reported and smaller`, () => {
    console.log(
      [
        `${describeSize("client + signer (every key type)", full)} (budget ${BUDGET_BYTES} B)`,
        `${describeSize("HMAC-only app (createClient + @sapi-kit/signer/hmac's createSigner)", hmacOnly)}`,
      ].join("\n"),
    );
    expect(full.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // The HMAC-only entry exists so that such an app does not carry the PEM/RSA/Ed25519 code.
    expect(hmacOnly.gzipBytes).toBeLessThan(full.gzipBytes);
  });

  it("the browser bundles carry no Node-only code (the same entry built for Node does)", async () => {
    const forNode = await bundleSize({ entry: CLIENT_AND_SIGNER_ENTRY, resolveDir: benchDir, platform: "node" });
    expect(forNode.code).toMatch(NODE_ONLY);
    for (const bundle of [full, hmacOnly]) expect(bundle.code).not.toMatch(NODE_ONLY);
  });

  it("bundles everything: no import left for a runtime to resolve", () => {
    // A bundle that kept `openapi-fetch` external would look small and be wrong.
    for (const bundle of [full, hmacOnly]) {
      expect(bundle.code).not.toMatch(/\bfrom\s*["'][^"']+["']|\bimport\s*\(|\brequire\s*\(/);
      expect(bundle.gzipBytes).toBeGreaterThan(500);
    }
  });

  it("the bundled client + signer sends an HMAC-signed cancel that the sandbox executes", async () => {
    const loaded = await load<FullBundle>("client-and-signer", full);
    expect(Object.keys(loaded).sort()).toEqual(["createClient", "createSigner"]);
    const account = await sandbox.createAccount({ type: "hmac" });
    const client = loaded.createClient({ baseUrl: sandbox.url });
    client.use(loaded.createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret as string }));
    await cancelThrough(client, account.apiKey);
  });

  it("the same bundle signs with an Ed25519 PEM key too (the code an HMAC-only app should not pay for)", async () => {
    const { createClient, createSigner } = await load<FullBundle>("client-and-signer", full);
    const account = await sandbox.createAccount({ type: "ed25519" });
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner({ apiKey: account.apiKey, privateKey: account.privateKeyPem as string }));
    await cancelThrough(client, account.apiKey);
  });

  it("the HMAC-only bundle has none of the PEM/RSA/Ed25519 code", () => {
    for (const marker of ["RSASSA-PKCS1-v1_5", "Ed25519", "PRIVATE KEY"]) {
      expect(full.code).toContain(marker);
      expect(hmacOnly.code).not.toContain(marker);
    }
  });

  it("the bundled HMAC-only app sends a signed cancel that the sandbox executes", async () => {
    const { createHmacClient } = await load<HmacOnlyBundle>("hmac-only", hmacOnly);
    const account = await sandbox.createAccount({ type: "hmac" });
    const client = createHmacClient({ baseUrl: sandbox.url, apiKey: account.apiKey, apiSecret: account.apiSecret as string });
    await cancelThrough(client, account.apiKey);
  });
});

// Issue 20: the user data stream's browser build has its own budget. It is
// measured alone (createUserDataStream and the client parts it imports: the
// unsafe-integer check and the error family), since an app that streams
// already pays for the client and the signer above. 3,851 B when set; 3,897 B with
// gaps per loss and connections abandoned on close.
const STREAM_BUDGET_BYTES = 4000;

type StreamBundle = {
  createUserDataStream: (options: { client: unknown; url: string; WebSocket: unknown }) => AsyncIterable<{ type: string }> & { close(): Promise<void> };
};

describe("bundle size: @sapi-kit/stream (esbuild, browser, minified, gzip -9)", async () => {
  const stream = await bundleSize({ entry: STREAM_ENTRY, resolveDir: benchDir, platform: "browser" });
  const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-size-stream-"));
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ host: "127.0.0.1" });
  });
  afterAll(async () => {
    await sandbox?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(`the stream is at most ${STREAM_BUDGET_BYTES} bytes min+gzip`, () => {
    console.log(`${describeSize("user data stream (createUserDataStream)", stream)} (budget ${STREAM_BUDGET_BYTES} B)`);
    expect(stream.gzipBytes).toBeLessThanOrEqual(STREAM_BUDGET_BYTES);
    expect(stream.gzipBytes).toBeGreaterThan(500);
  });

  it("carries no Node-only code and no `ws`: the browser uses its own WebSocket", () => {
    expect(stream.code).not.toMatch(NODE_ONLY);
    expect(stream.code).not.toMatch(/\bfrom\s*["'][^"']+["']|\bimport\s*\(|\brequire\s*\(/);
    expect(stream.code).not.toMatch(/WebSocketServer|perMessageDeflate/);
  });

  it("the bundled stream subscribes on the sandbox and closes", async () => {
    const file = join(scratch, "stream.mjs");
    writeFileSync(file, stream.code);
    const { createUserDataStream } = (await import(pathToFileURL(file).href)) as StreamBundle;
    const account = await sandbox.createAccount({ type: "hmac" });
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret as string }));
    // Node 20 has no global WebSocket: the test hands the bundle ws's, as a browser would have its own.
    const opened = createUserDataStream({ client, url: sandbox.streamUrl, WebSocket: WsWebSocket });
    const first: string[] = [];
    for await (const message of opened) {
      first.push(message.type);
      break;
    }
    expect(first).toEqual(["subscribed"]);
    expect(sandbox.requests.filter((request) => request.path === "/sapi/v1/userListenToken" && request.status === 200)).toHaveLength(1);
  });
});
