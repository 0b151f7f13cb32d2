// Finds Debian's Chromium for the tests that drive a real browser (the docs'
// browser test and the runtime matrix's browser row), installing it when it
// is missing and we are root: a fresh machine has Node and npm, nothing else.
// Those tests must never be skipped silently, so anything else throws with
// the command to run. SAPI_KIT_CHROMIUM overrides the path (CI runners that
// ship Chrome point it there).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
// fonts-noto-cjk: headless Chromium has no CJK font otherwise, and the zh-CN pages render as boxes.
const PACKAGES = ["chromium", "fonts-noto-cjk"];
// turbo runs the docs and runtimes tests at the same time, so both may install at once: wait for apt's lock.
const WAIT_FOR_LOCK = ["-o", "DPkg::Lock::Timeout=600"];

/**
 * @param {(line: string) => void} [log]
 * @returns {string} the Chromium executable to launch
 */
export function ensureChromium(log = console.log) {
  const override = process.env.SAPI_KIT_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new Error(`SAPI_KIT_CHROMIUM points to ${override}, which does not exist.`);
    return override;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing (${DEBIAN_CHROMIUM}) and this user cannot install it. ` +
        `Run: sudo apt-get install -y ${PACKAGES.join(" ")} (or set SAPI_KIT_CHROMIUM).`,
    );
  }
  log(`Chromium is missing; installing the Debian packages ${PACKAGES.join(" and ")} (this takes a few minutes)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [[...WAIT_FOR_LOCK, "update"], [...WAIT_FOR_LOCK, "install", "-y", "--no-install-recommends", ...PACKAGES]]) {
    const result = spawnSync("apt-get", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status}); cannot start Chromium.\n${result.stderr}`);
    }
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing.`);
  log("Chromium installed.");
  return DEBIAN_CHROMIUM;
}
