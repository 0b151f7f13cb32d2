import { defineConfig } from "tsup";

export default defineConfig({
  // `errors` is the `@sapi-kit/client/errors` subpath (the error classes alone).
  entry: ["src/index.ts", "src/errors.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // Both entries share one chunk holding the error classes: with a copy in
  // each, an error thrown by one entry would fail `instanceof` against the
  // class imported from the other. (tsup splits CommonJS output too when asked.)
  splitting: true,
});
