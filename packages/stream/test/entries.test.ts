// Which WebSocket each entry uses. The default entry (browsers, bundlers)
// takes the platform's and never imports `ws`; the `node` entry falls back
// to `ws` where the runtime has none (Node 20).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createUserDataStream as createDefault, StreamConfigError } from "../src/index.js";
import { createUserDataStream as createNode } from "../src/node.js";
import { startStreamSandbox } from "./support/stream-sandbox.js";

const hasGlobalWebSocket = typeof (globalThis as { WebSocket?: unknown }).WebSocket === "function";

describe("entries", () => {
  it.runIf(!hasGlobalWebSocket)("the default entry without a global WebSocket (Node 20) throws StreamConfigError at once, sending nothing", async () => {
    const env = await startStreamSandbox();
    try {
      expect(() => createDefault({ client: env.client, url: env.sandbox.streamUrl })).toThrow(StreamConfigError);
      expect(env.sandbox.requests).toEqual([]);
    } finally {
      await env.close();
    }
  });

  it("the node entry subscribes without a WebSocket option (the global one, or ws on Node 20)", async () => {
    const env = await startStreamSandbox();
    try {
      for await (const message of createNode({ client: env.client, url: env.sandbox.streamUrl })) {
        expect(message.type).toBe("subscribed");
        break;
      }
    } finally {
      await env.close();
    }
  }, 60_000);

  it("only the node entry's source names ws, and it loads it lazily (a dynamic import)", () => {
    const read = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
    expect(read("node.ts")).toMatch(/await import\("ws"\)/);
    expect(read("node.ts")).not.toMatch(/^import .* from "ws"/m);
    for (const file of ["index.ts", "create-stream.ts", "ws-api-connection.ts"]) expect(read(file)).not.toMatch(/"ws"/);
  });
});
