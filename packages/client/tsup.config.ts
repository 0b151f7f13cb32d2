import { defineConfig } from "tsup";

export default defineConfig({
  // `errors` is the `@sapi-kit/client/errors` subpath (the error classes alone);
  // `node` is the root entry under the "node" export condition.
  entry: ["src/index.ts", "src/errors.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // The entries share one chunk holding the error classes: with a copy in
  // each, an error thrown by one entry would fail `instanceof` against the
  // class imported from the other. (tsup splits CommonJS output too when asked.)
  splitting: true,
  // The node entry loads node:http / node:https on its first signed call. Keep
  // "node:": a bare "http" is not resolvable in Deno or by browser bundlers.
  external: ["node:http", "node:https"],
  removeNodeProtocol: false,
});
