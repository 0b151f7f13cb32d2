// workerd, the Cloudflare Workers runtime, through Miniflare: the scenario is
// bundled as a module Worker (browser/worker conditions), then a Node 22
// child process runs Miniflare, which runs workerd. The whole process group
// is killed afterwards, workerd included.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import { ENTRIES_DIR, WORKSPACE_DIR } from "./paths.js";
import { nodeBinary } from "./runtime-binaries.js";
import { runScenarioProcess } from "./scenario-process.js";
import { bundleForWeb, type WebBundle } from "./web-bundle.js";

/** Web APIs as of this date; fixed so that a workerd upgrade cannot silently change the behaviour under test. */
export const COMPATIBILITY_DATE = "2025-09-01";

/** The conditions wrangler uses for Workers, ahead of esbuild's "browser". */
export const WORKER_CONDITIONS = ["workerd", "worker", "browser"] as const;

/** The workerd version Miniflare runs (the `workerd` package Miniflare depends on). */
function workerdVersion(): string {
  try {
    const miniflare = createRequire(join(dirname(createRequire(import.meta.url).resolve("miniflare")), "package.json"));
    return (miniflare("workerd/package.json") as { version: string }).version;
  } catch {
    return "";
  }
}

/** Bundles the Worker into `dir`; exported so the test can inspect what went into it. */
export function bundleWorker(dir: string): Promise<WebBundle> {
  return bundleForWeb(join(ENTRIES_DIR, "worker-entry.mjs"), join(dir, "worker.mjs"), WORKER_CONDITIONS, WORKSPACE_DIR);
}

export const workerd: RuntimeLauncher = {
  title: `workerd ${workerdVersion()} (Miniflare)`.replace("  ", " "),
  id: "workerd",
  webSocket: "platform",
  async launch(input) {
    const dir = mkdtempSync(join(tmpdir(), "sapi-kit-workerd-"));
    try {
      const { outfile } = await bundleWorker(dir);
      const report = await runScenarioProcess(
        nodeBinary(22).path,
        [join(ENTRIES_DIR, "workerd-host.mjs"), outfile, COMPATIBILITY_DATE],
        input,
        { cwd: WORKSPACE_DIR, timeoutMs: LAUNCH_TIMEOUT_MS, env: { HOME: dir, NO_COLOR: "1" } },
      );
      return { report, expected: { name: "workerd", version: "Cloudflare-Workers" } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
