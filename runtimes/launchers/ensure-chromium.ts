// Finds Debian's Chromium for the browser row, installing it when missing and
// we are root: the same approach as the docs' browser test
// (docs/test/support/ensure-chromium.ts), kept separate because a workspace's
// tests do not import another's. The browser row must never be skipped
// silently. SAPI_KIT_CHROMIUM overrides the path.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function ensureChromium(log: (line: string) => void = console.log): string {
  const override = process.env.SAPI_KIT_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new Error(`SAPI_KIT_CHROMIUM points to ${override}, which does not exist.`);
    return override;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing (${DEBIAN_CHROMIUM}) and this user cannot install it. ` +
        "Run: sudo apt-get install -y chromium (or set SAPI_KIT_CHROMIUM).",
    );
  }
  log("runtime matrix: Chromium is missing; installing the Debian package chromium (this takes a few minutes)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // The docs' browser test may be installing it at the same moment (turbo runs both): wait for apt's lock.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  for (const args of [[...lock, "update"], [...lock, "install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status}); cannot run the browser row.\n${result.stderr}`);
    }
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing.`);
  log("runtime matrix: Chromium installed.");
  return DEBIAN_CHROMIUM;
}
