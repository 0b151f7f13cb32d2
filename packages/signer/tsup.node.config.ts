import { readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The Node entries, rebuilt after tsup.config.ts (see the package's `build`
// script) as one file each plus one shared file, dist/errors.(c)js, instead
// of a chain of chunks: on a cold start each file costs the ESM loader a
// resolve, a read and a compile. The signer's own error classes live in that
// shared file, so they are one class whichever Node entry (`.` or `./hmac`)
// an app imports them from. The default entries (what browsers bundle) keep
// their chunks, byte for byte. Types are tsup.config.ts's.
//
// The entries sit at two depths (dist/, dist/hmac/): the import of the
// shared file is written as a placeholder and made relative to each file
// once built.
const PLACEHOLDER = "@sapi-kit-signer-errors@";
const ERRORS = /\/errors\.[jt]s$/;
const sharedErrors: Plugin = {
  name: "shared-errors",
  setup(build) {
    build.onResolve({ filter: ERRORS }, ({ importer, kind }) =>
      // The shared file itself is built from the source.
      kind === "entry-point" || ERRORS.test(importer) ? undefined : { path: PLACEHOLDER, external: true },
    );
  },
};

const NODE_ENTRIES = ["node", "hmac/node"];

export default defineConfig({
  entry: [...NODE_ENTRIES, "errors"].map((name) => `src/${name}.ts`),
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  target: "es2022",
  platform: "neutral",
  external: ["node:crypto", "openapi-fetch", "@sapi-kit/client", "@sapi-kit/client/errors"],
  removeNodeProtocol: false,
  splitting: false,
  esbuildPlugins: [sharedErrors],
  async onSuccess() {
    for (const name of NODE_ENTRIES) {
      for (const extension of [".js", ".cjs"]) {
        const file = `dist/${name}${extension}`;
        const errors = relative(dirname(name), "errors").replace(/^(?!\.)/, "./");
        await writeFile(file, (await readFile(file, "utf8")).replaceAll(PLACEHOLDER, errors + extension));
      }
    }
  },
});
