import { defineConfig } from "tsup";

// The Node entry (the root under the "node" export condition), rebuilt after
// tsup.config.ts (see the package's `build` script) as ONE file with the error
// classes in it. Under the same condition `@sapi-kit/client/errors` resolves
// to this very file (package.json), so on Node there is still one copy of
// each class, and the signer's Node entry, which imports the errors subpath,
// gets the module the app has already loaded: no second file to read and
// compile on a cold start. Types are tsup.config.ts's.
export default defineConfig({
  entry: ["src/node.ts"],
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  external: ["node:http", "node:https"],
  removeNodeProtocol: false,
});
