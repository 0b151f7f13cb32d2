#!/usr/bin/env node
// Records the spec that is being released as the "last released spec" the
// compatibility guard compares against. Run right after `changeset version`
// (the root `npm run release` does), so the version PR carries the new
// snapshot together with the new version numbers.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string} root repository root */
export function snapshotReleasedSpec(root) {
  const { version } = JSON.parse(readFileSync(join(root, "packages/client/package.json"), "utf8"));
  copyFileSync(join(root, "spec/openapi.yaml"), join(root, "release/released/openapi.yaml"));
  const versionFile = join(root, "release/released/VERSION.json");
  const previous = JSON.parse(readFileSync(versionFile, "utf8"));
  writeFileSync(versionFile, `${JSON.stringify({ ...previous, version }, null, 2)}\n`);
  return version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  console.log(`release/released/openapi.yaml now records @sapi-kit/client ${snapshotReleasedSpec(root)}`);
}
