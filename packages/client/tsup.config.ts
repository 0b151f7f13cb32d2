import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The error classes live in one file, dist/errors.(c)js (the
// `@sapi-kit/client/errors` entry), which the default entry imports: with a
// copy in each, an error thrown by one entry would fail `instanceof` against
// the class imported from another. Everything else an entry needs is bundled
// into it. The Node entry is then rebuilt as one file with the classes in it
// (tsup.node.config.ts), and under the "node" condition the errors subpath
// resolves to that same file.
const ERROR_MODULES = /\/(request-not-sent-error|response-unreadable-error|sapi-kit-error|unsafe-integer-error|errors)\.[jt]s$/;
const sharedErrors: Plugin = {
  name: "shared-errors",
  setup(build) {
    const file = build.initialOptions.format === "cjs" ? "./errors.cjs" : "./errors.js";
    build.onResolve({ filter: ERROR_MODULES }, ({ importer, kind }) =>
      // Inside the error modules (the errors entry itself), they are bundled.
      kind === "entry-point" || ERROR_MODULES.test(importer) ? undefined : { path: file, external: true });
  },
};

export default defineConfig({
  // `errors` is the `@sapi-kit/client/errors` subpath (the error classes alone);
  // `node` is the root entry under the "node" export condition.
  entry: ["src/index.ts", "src/errors.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  esbuildPlugins: [sharedErrors],
  // The node entry loads node:http / node:https on its first signed call. Keep
  // "node:": a bare "http" is not resolvable in Deno or by browser bundlers.
  external: ["node:http", "node:https"],
  removeNodeProtocol: false,
});
