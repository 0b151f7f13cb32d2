import { defineConfig } from "tsup";

// Two builds of one API: `index` (the platform WebSocket: browsers, Deno,
// Bun, workerd, Node 22+) and `node`, picked by the `node` export condition,
// which falls back to `ws` where the runtime has no global WebSocket (Node 20).
// Neither bundles @sapi-kit/client (a peer: its error classes must be the very
// ones the client throws) nor `ws` (loaded by the node entry, only when needed).
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["@sapi-kit/client", "@sapi-kit/client/errors", "ws"],
  // Shared chunk: the error classes (WsApiError, ...) are one class whichever entry imports them.
  splitting: true,
});
