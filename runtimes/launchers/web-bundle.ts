// esbuild bundles for the runtimes that cannot resolve packages themselves
// (workerd, the browser page). Bundled for the browser/worker export
// conditions, as a user's bundler would for those targets: the signer then
// resolves to its WebCrypto build, never to its node:crypto one.
import { build, type Metafile } from "esbuild";

export interface WebBundle {
  readonly outfile: string;
  /** Every input file, relative to the workspace (e.g. "../packages/signer/dist/index.js"). */
  readonly inputs: readonly string[];
  /** Every import esbuild left external (a `node:` module here would fail in workerd and the browser). */
  readonly externalImports: readonly string[];
}

export async function bundleForWeb(entry: string, outfile: string, conditions: readonly string[], workingDir: string): Promise<WebBundle> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    absWorkingDir: workingDir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: [...conditions],
    metafile: true,
    logLevel: "silent",
  });
  const metafile: Metafile = result.metafile;
  const outputs = Object.values(metafile.outputs);
  return {
    outfile,
    inputs: Object.keys(metafile.inputs),
    externalImports: outputs.flatMap((output) => output.imports.filter((imported) => imported.external).map((imported) => imported.path)),
  };
}
