import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PNPM, type PublishablePackage, publishablePackages, repositoryRoot } from "./publishable-packages.js";
import { mustRun } from "./run-command.js";

export type PackedPackage = PublishablePackage & { tarball: string };

/**
 * Builds any package whose dist/ is missing (turbo normally did it already:
 * the test task depends on ^build), so the gates never skip for lack of a
 * build.
 */
export async function ensureBuilt(packages: readonly PublishablePackage[] = publishablePackages): Promise<void> {
  for (const pkg of packages) {
    if (!existsSync(join(repositoryRoot, pkg.dir, "dist"))) {
      await mustRun("npx", ["-y", PNPM, "--filter", pkg.name, "run", "build"], repositoryRoot, 300_000);
    }
  }
}

/**
 * `pnpm pack`s every publishable package into `destination`. pnpm, not
 * npm: it rewrites `workspace:*` into the real version, which is what the
 * registry will see.
 */
export async function packPackages(destination: string): Promise<PackedPackage[]> {
  await ensureBuilt();
  return Promise.all(
    publishablePackages.map(async (pkg) => {
      // One directory per package: the packs run in parallel.
      const directory = join(destination, pkg.name.replace("@", "").replace("/", "-"));
      mkdirSync(directory, { recursive: true });
      await mustRun("npx", ["-y", PNPM, "pack", "--pack-destination", directory], join(repositoryRoot, pkg.dir));
      const created = readdirSync(directory).filter((file) => file.endsWith(".tgz"));
      if (created.length !== 1) throw new Error(`pnpm pack of ${pkg.name} produced ${created.length} tarballs`);
      return { ...pkg, tarball: join(directory, created[0] as string) };
    }),
  );
}
