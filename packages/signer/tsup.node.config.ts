import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The Node entries, rebuilt after tsup.config.ts (see the package's `build`
// script) as one file each instead of a chain of chunks: on a cold start each
// file costs the ESM loader a resolve, a read and a compile. The default
// entries (what browsers bundle) keep their chunks, byte for byte. Types are
// tsup.config.ts's.
//
// The signer's own error classes (SignerConfigError, RateLimitError, ...)
// must be one class whichever Node entry an app imports them from: they are
// bundled into dist/node.(c)js, and dist/hmac/node.(c)js imports them from
// there. The client's classes come from `@sapi-kit/client/errors`, which on
// Node resolves to the client's Node entry itself (one file, already loaded
// by the app that imported the client).
const shared = {
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  target: "es2022",
  platform: "neutral",
  external: ["node:crypto", "openapi-fetch", "@sapi-kit/client", "@sapi-kit/client/errors"],
  removeNodeProtocol: false,
  splitting: false,
} satisfies Options;

const ERRORS = /\/errors\.[jt]s$/;
const errorsFromMainEntry: Plugin = {
  name: "errors-from-main-entry",
  setup(build) {
    const file = build.initialOptions.format === "cjs" ? "../node.cjs" : "../node.js";
    build.onResolve({ filter: ERRORS }, () => ({ path: file, external: true }));
  },
};

export default defineConfig([
  { ...shared, entry: { node: "src/node.ts" } },
  { ...shared, entry: { "hmac/node": "src/hmac/node.ts" }, esbuildPlugins: [errorsFromMainEntry] },
]);
