// The repository must build and test on a machine where nothing sits beside
// the clone: a user has Node and npm, not the folders of the machine the
// project was written on. A tracked file that names a path outside the
// repository (an absolute path into someone's machine, or a `../` that climbs
// above the root) works only where that path happens to exist, so it fails here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** System programs the docs browser test may launch; they are installed by name, not read as files of ours. */
const SYSTEM_PROGRAMS = new Set(["/usr/bin/chromium", "/usr/bin/google-chrome"]);

/**
 * Lines that name an outside path on purpose, each with the reason. Keep it
 * short: every entry is a place where a reader must check the path is not read.
 */
const DELIBERATE = [
  { file: "docs/test/site-modules.test.ts", text: "../../etc/passwd", why: "a path-traversal request the docs server must refuse" },
  { file: "release/test/self-contained.test.ts", text: "outside-the-repo", why: "the outside examples this file's own tests feed the check" },
  // The inside examples below are relative to the example file they name, not to this one.
  { file: "release/test/self-contained.test.ts", text: "../../../../spec/openapi.yaml", why: "an inside example, from packages/sandbox/test/helpers/" },
  { file: "release/test/self-contained.test.ts", text: "../../../README.md", why: "an inside example, from docs/guides/en/" },
];

// Absolute paths under the usual roots of a developer's or CI machine.
const ABSOLUTE = /(?:^|["'`(\s=:,])(\/(?:work|home|root|tmp|Users|mnt|srv|opt|var|etc|usr|private)\/[\w.@+-][\w.@+/-]*)/g;
// A relative path that climbs (`../`), resolved from the file that names it.
const CLIMB = /(?:\.\.\/)+[\w.@+/-]*/g;

function trackedTextFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0");
  return listed.filter((file) => file !== "" && file !== "pnpm-lock.yaml");
}

function readText(file: string): string | undefined {
  const bytes = readFileSync(join(root, file));
  return bytes.includes(0) ? undefined : bytes.toString("utf8");
}

function isDeliberate(file: string, text: string): boolean {
  return DELIBERATE.some((entry) => entry.file === file && text.includes(entry.text));
}

/** `file:line: path` for every outside path the file names. */
function outsidePaths(file: string, contents: string): string[] {
  const found: string[] = [];
  contents.split("\n").forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    for (const match of line.matchAll(ABSOLUTE)) {
      const path = match[1] as string;
      if (!SYSTEM_PROGRAMS.has(path) && !isDeliberate(file, path)) found.push(`${where}: ${path}`);
    }
    for (const match of line.matchAll(CLIMB)) {
      const target = resolve(root, dirname(file), match[0]);
      const inside = relative(root, target);
      if ((inside === ".." || inside.startsWith(`..${sep}`)) && !isDeliberate(file, match[0])) {
        found.push(`${where}: ${match[0]}`);
      }
    }
  });
  return found;
}

describe("the repository is self-contained", () => {
  it("no tracked file names a path outside the repository", () => {
    const offenders = trackedTextFiles().flatMap((file) => {
      const contents = readText(file);
      return contents === undefined ? [] : outsidePaths(file, contents);
    });
    expect(offenders).toEqual([]);
  });

  it("the check catches an absolute path, a climb out of the root and a sibling folder", () => {
    expect(outsidePaths("packages/x/test/a.test.ts", 'readFileSync("/home/dev/outside-the-repo/signing.json")')).toHaveLength(1);
    expect(outsidePaths("spec/test/a.test.ts", 'new URL("../../../outside-the-repo/seed/x.txt", import.meta.url)')).toHaveLength(1);
    expect(outsidePaths("ARCHITECTURE.md", "fixed by `../outside-the-repo/design.md`")).toHaveLength(1);
    expect(outsidePaths("docs/README.md", "see ../../outside-the-repo/design.md")).toHaveLength(1);
  });

  it("the check accepts paths inside the repository and the documented system programs", () => {
    expect(outsidePaths("packages/sandbox/test/helpers/x.ts", 'new URL("../../../../spec/openapi.yaml", import.meta.url)')).toEqual([]);
    expect(outsidePaths("docs/guides/en/x.md", "[errors](../../../README.md)")).toEqual([]);
    expect(outsidePaths("docs/test/support/x.ts", 'const chromium = "/usr/bin/chromium";')).toEqual([]);
  });
});
