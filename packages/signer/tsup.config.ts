import { defineConfig } from "tsup";

// Two entries with one API: `index` (WebCrypto only, any runtime) and `node`
// (picked by the `node` export condition; HMAC on node:crypto).
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // @sapi-kit/client (a peer) is never bundled: its error classes must be the
  // very ones the client throws, or `instanceof SapiKitError` would fail.
  external: ["node:crypto", "openapi-fetch", "@sapi-kit/client", "@sapi-kit/client/errors"],
  // Keep "node:crypto": a bare "crypto" is not resolvable in Deno or bundlers targeting browsers.
  removeNodeProtocol: false,
  // One self-contained file per entry: a shared chunk would be one more
  // module to resolve and read on every cold start.
  splitting: false,
});
