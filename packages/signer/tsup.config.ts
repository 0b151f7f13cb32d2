import { defineConfig } from "tsup";

// Two public entries with the same API, each in two builds: `.`
// (index: WebCrypto only, any runtime; node: picked by the `node` export
// condition, HMAC on node:crypto) and `./hmac` (the same for apps that sign
// with an HMAC secret only: no PEM/RSA/Ed25519 code).
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/hmac/index.ts", "src/hmac/node.ts"],
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
  // Shared chunks: the signer's own error classes (SignerConfigError,
  // RateLimitError, ...) must be one class whichever entry an app imports
  // them from, as the client's are. A chunk is one more small file to load:
  // the Node entries are then rebuilt without them (tsup.node.config.ts).
  splitting: true,
});
