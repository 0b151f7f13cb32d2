import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type BumpType = "major" | "minor" | "patch" | "none";

export type PendingChangeset = {
  file: string;
  releases: Record<string, BumpType>;
};

/**
 * The changesets waiting in `.changeset/` (every `*.md` but README.md), with
 * the bump each declares per package. Same front matter format as
 * `@changesets/parse`: a YAML map between two `---` lines.
 */
export function readPendingChangesets(directory: string): PendingChangeset[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md")
    .sort()
    .map((file) => ({ file, releases: parseChangeset(readFileSync(join(directory, file), "utf8"), file) }));
}

export function parseChangeset(text: string, file = "changeset"): Record<string, BumpType> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  if (!match) throw new Error(`${file}: no front matter (expected a YAML block between --- lines)`);
  const releases = (parse(match[1] ?? "") ?? {}) as Record<string, unknown>;
  for (const [name, bump] of Object.entries(releases)) {
    if (bump !== "major" && bump !== "minor" && bump !== "patch" && bump !== "none") {
      throw new Error(`${file}: ${name} has an unknown bump type ${JSON.stringify(bump)}`);
    }
  }
  return releases as Record<string, BumpType>;
}
