// Deno from npm, with only the permissions the quick start needs: network to
// the sandbox's host:port and the one environment variable carrying the input.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INPUT_VARIABLE } from "../entries/scenario-io.mjs";
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import { PROCESS_ENTRY, WORKSPACE_DIR } from "./paths.js";
import { denoBinary, versionForTitle } from "./runtime-binaries.js";
import { runScenarioProcess } from "./scenario-process.js";

export const deno: RuntimeLauncher = {
  title: `Deno ${versionForTitle(denoBinary, "")}`.trim(),
  id: "deno",
  webSocket: "platform",
  async launch(input) {
    const { path, version } = denoBinary();
    // Deno's module cache goes to a scratch directory, not the user's home.
    const denoDir = mkdtempSync(join(tmpdir(), "sapi-kit-deno-"));
    try {
      const args = [
        "run",
        "--no-lock",
        "--no-prompt",
        `--allow-net=${new URL(input.baseUrl).host}`,
        `--allow-env=${INPUT_VARIABLE}`,
        PROCESS_ENTRY,
      ];
      const report = await runScenarioProcess(path, args, input, {
        cwd: WORKSPACE_DIR,
        timeoutMs: LAUNCH_TIMEOUT_MS,
        env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      });
      return { report, expected: { name: "deno", version } };
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  },
};
