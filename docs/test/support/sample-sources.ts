import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DOCS_DIR } from "./paths.js";

/** The spec's x-codeSamples source (spec/test enforces that they are identical). */
export const SPEC_SAMPLE = "spec/samples/cancel-oco.ts";

/** Every runnable sample: docs/samples/*.ts plus the spec's code sample. */
export function allSampleSources(): string[] {
  const docsSamples = readdirSync(join(DOCS_DIR, "samples"))
    .filter((file) => file.endsWith(".ts"))
    .sort()
    .map((file) => `docs/samples/${file}`);
  return [...docsSamples, SPEC_SAMPLE];
}
