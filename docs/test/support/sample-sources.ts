import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DOCS_DIR, REPO_ROOT } from "./paths.js";

/** The cancel's x-codeSamples source, which the landing page also shows (spec/test checks it is identical). */
export const SPEC_SAMPLE = "spec/samples/cancel-oco.ts";

const tsFiles = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .sort()
    .map((file) => `${prefix}/${file}`);

/** Every sample the guides show: docs/samples/*.ts plus the cancel's spec sample. */
export function allSampleSources(): string[] {
  return [...tsFiles(join(DOCS_DIR, "samples"), "docs/samples"), SPEC_SAMPLE];
}

/** Every spec/samples/*.ts: the TypeScript x-codeSamples of the reference, one per operation. */
export function specSampleSources(): string[] {
  return tsFiles(join(REPO_ROOT, "spec", "samples"), "spec/samples");
}
