// Bun and Deno for the bench, from the npm packages pinned in package.json
// (the same versions the runtime matrix uses; see runtimes/README.md). Their
// install scripts do not run, so the executable is taken straight from each
// one's platform package.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const here = createRequire(import.meta.url);

function packageDir(specifier, from = here) {
  return dirname(from.resolve(`${specifier}/package.json`));
}

function binary(dir, relative, versionDir) {
  const path = join(dir, relative);
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the bench installs linux-x64 Bun and Deno binaries; this machine is ${process.platform}-${process.arch}`);
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run the install again (pnpm install)`);
  return { path, version: JSON.parse(readFileSync(join(versionDir, "package.json"), "utf8")).version };
}

/** @returns {{ path: string, version: string }} */
export function bunBinary() {
  const bun = packageDir("bun");
  return binary(packageDir("@oven/bun-linux-x64", createRequire(join(bun, "package.json"))), "bin/bun", bun);
}

/** @returns {{ path: string, version: string }} */
export function denoBinary() {
  const deno = packageDir("deno");
  return binary(packageDir("@deno/linux-x64-glibc", createRequire(join(deno, "package.json"))), "deno", deno);
}
