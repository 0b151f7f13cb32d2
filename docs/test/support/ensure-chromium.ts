import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Finds Chromium for the browser test, installing Debian's `chromium` (and
 * `fonts-noto-cjk`, so Chinese renders in screenshots) when it is missing and
 * we are root. Throws with a clear message otherwise: the browser test must
 * never be skipped silently. SAPI_KIT_CHROMIUM overrides the path.
 */
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
        "Run: sudo apt-get install -y chromium fonts-noto-cjk (or set SAPI_KIT_CHROMIUM).",
    );
  }
  log("docs browser test: Chromium is missing; installing Debian packages chromium and fonts-noto-cjk (this takes a few minutes)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"]]) {
    const result = spawnSync("apt-get", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status}); cannot run the browser test.\n${result.stderr}`);
    }
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing.`);
  log("docs browser test: Chromium installed.");
  return DEBIAN_CHROMIUM;
}
