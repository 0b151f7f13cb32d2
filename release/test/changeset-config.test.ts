import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPendingChangesets } from "../src/spec-compat/pending-changesets.js";
import { publishablePackages, repositoryRoot } from "../src/tarballs/publishable-packages.js";

type ChangesetConfig = {
  changelog: string | false | [string, unknown];
  fixed: string[][];
  access: string;
  baseBranch: string;
  ignore: string[];
  privatePackages: { version: boolean; tag: boolean };
};

const config = JSON.parse(readFileSync(join(repositoryRoot, ".changeset/config.json"), "utf8")) as ChangesetConfig;
const workspaceManifests = ["spec", "docs", "bench", "release", ...readdirSync(join(repositoryRoot, "packages")).map((dir) => `packages/${dir}`)]
  .map((dir) => JSON.parse(readFileSync(join(repositoryRoot, dir, "package.json"), "utf8")) as { name: string; private?: boolean });
const publishableNames: string[] = publishablePackages.map((pkg) => pkg.name);

describe("changesets configuration", () => {
  it("releases client and signer together as one fixed group", () => {
    expect(config.fixed).toContainEqual(expect.arrayContaining(["@sapi-kit/client", "@sapi-kit/signer"]));
  });

  it("publishes publicly from main", () => {
    expect(config).toMatchObject({ access: "public", baseBranch: "main" });
  });

  it("never versions or tags the private packages, and every workspace package is either publishable or private", () => {
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    for (const manifest of workspaceManifests) {
      expect({ name: manifest.name, private: manifest.private === true }).toEqual({
        name: manifest.name,
        private: !publishableNames.includes(manifest.name),
      });
    }
  });

  it("uses a changelog generator that resolves and needs no network or token", () => {
    const changelog = Array.isArray(config.changelog) ? config.changelog[0] : config.changelog;
    expect(changelog).toBe("@changesets/cli/changelog");
    const fromRoot = createRequire(join(repositoryRoot, "package.json"));
    expect(() => fromRoot.resolve(changelog as string)).not.toThrow();
  });

  it("pending changesets only name publishable packages", () => {
    for (const changeset of readPendingChangesets(join(repositoryRoot, ".changeset"))) {
      for (const name of Object.keys(changeset.releases)) expect(publishableNames).toContain(name);
    }
  });
});
