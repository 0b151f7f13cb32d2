import { readFileSync } from "node:fs";
import { join } from "node:path";

// A guide shows a runnable sample by naming its file instead of copying it:
//   <!-- sample: docs/samples/quick-start.ts -->
// The build replaces the marker with the file's exact text, and
// test/samples.test.ts compiles and runs that same file against the sandbox,
// so what a reader copies is what was tested.
export const SAMPLE_MARKER = /<!--\s*sample:\s*([\w./-]+\.ts)\s*-->/g;

/** Repository-relative paths of every sample a Markdown text includes. */
export function includedSamples(markdown) {
  return [...markdown.matchAll(SAMPLE_MARKER)].map((match) => match[1]);
}

/**
 * @param {string} markdown
 * @param {string} repoRoot
 * @param {string} caption e.g. "Tested source: {path}"
 */
export function expandSampleIncludes(markdown, repoRoot, caption) {
  return markdown.replace(SAMPLE_MARKER, (_marker, path) => {
    if (!/^(docs|spec)\/samples\/[\w-]+\.ts$/.test(path)) {
      throw new Error(`Sample includes must name a file in docs/samples/ or spec/samples/, got '${path}'.`);
    }
    const source = readFileSync(join(repoRoot, path), "utf8").trimEnd();
    return `\`\`\`ts\n${source}\n\`\`\`\n\n<p class="sample-source">${caption.replace("{path}", `<code>${path}</code>`)}</p>\n`;
  });
}
