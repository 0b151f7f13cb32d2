import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attwTarball, publintTarball } from "../src/tarballs/lint-tarball.js";
import { mustRun } from "../src/tarballs/run-command.js";

// The gates in pack-lint.test.ts pass when they see nothing wrong; this
// proves they do see something on a package with classic mistakes: an ESM
// file behind `require`, types listed after `default`, a types file that is
// not published.
const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-broken-"));
let tarball = "";

beforeAll(async () => {
  const dir = join(scratch, "broken");
  mkdirSync(join(dir, "dist"), { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "broken-fixture",
      version: "1.0.0",
      type: "module",
      files: ["dist"],
      exports: {
        ".": {
          import: { default: "./dist/index.js", types: "./dist/index.d.ts" },
          require: { default: "./dist/index.js", types: "./dist/missing.d.cts" },
        },
      },
    }),
  );
  writeFileSync(join(dir, "dist/index.js"), "export const answer = 42;\n");
  writeFileSync(join(dir, "dist/index.d.ts"), "export declare const answer: number;\n");
  await mustRun("npm", ["pack", "--pack-destination", scratch, "--ignore-scripts"], dir);
  tarball = join(scratch, readdirSync(scratch).find((file) => file.endsWith(".tgz")) ?? "missing.tgz");
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the tarball gates catch a broken package", () => {
  it("publint reports it", async () => {
    const messages = await publintTarball(tarball);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join("\n")).toMatch(/types/i);
  });

  it("attw reports it", async () => {
    const problems = await attwTarball(tarball);
    expect(problems.length).toBeGreaterThan(0);
  });
});
