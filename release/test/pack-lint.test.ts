import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attwTarball, publintTarball } from "../src/tarballs/lint-tarball.js";
import { type PackedPackage, packPackages } from "../src/tarballs/pack-packages.js";
import { publishablePackages, repositoryRoot } from "../src/tarballs/publishable-packages.js";
import { tarballEntries } from "../src/tarballs/tarball-entries.js";

const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-pack-"));
let packed: PackedPackage[] = [];

beforeAll(async () => {
  packed = await packPackages(scratch);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tarballOf = (name: string): string => {
  const found = packed.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found.tarball;
};

describe.each(publishablePackages)("$name tarball", ({ name, dir }) => {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, dir, "package.json"), "utf8"));

  it("is clean under publint (strict, suggestions included)", async () => {
    expect(await publintTarball(tarballOf(name))).toEqual([]);
  });

  it("is clean under @arethetypeswrong (every resolution mode)", async () => {
    expect(await attwTarball(tarballOf(name))).toEqual([]);
  });

  it("ships LICENSE, README.md, package.json and a built dist/", () => {
    const entries = tarballEntries(tarballOf(name));
    expect(entries).toEqual(expect.arrayContaining(["package/LICENSE", "package/README.md", "package/package.json"]));
    expect(entries.some((entry) => entry.startsWith("package/dist/"))).toBe(true);
    expect(entries.filter((entry) => /\.test(-d)?\.ts$|(^|\/)\.test-results\//.test(entry))).toEqual([]);
  });

  it("declares an exports map with types, files, sideEffects: false, engines and a license", () => {
    expect(manifest).toMatchObject({
      sideEffects: false,
      license: "MIT",
      engines: { node: expect.stringMatching(/^>=\s*20/) },
      files: expect.arrayContaining(["dist"]),
    });
    const root = manifest.exports?.["."];
    const conditions = JSON.stringify(root);
    for (const condition of ['"import"', '"require"', '"types"']) expect(conditions).toContain(condition);
  });

  it("names its repository, which npm provenance verifies against the publishing workflow", () => {
    // Without it `npm publish --provenance` fails (E422: repository.url does not match).
    expect(manifest.repository).toMatchObject({
      type: "git",
      url: expect.stringMatching(/^(git\+)?https:\/\/github\.com\/sapi-kit\/sapi-kit(\.git)?$/),
      directory: dir,
    });
  });

  it("has no workspace: protocol left in the packed package.json", () => {
    const packedManifest = tarballEntries(tarballOf(name), "package/package.json");
    expect(packedManifest).not.toContain("workspace:");
  });
});
