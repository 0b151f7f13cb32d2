// Bun from npm, running the scenario file directly (its own resolver and fetch).
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import { PROCESS_ENTRY, WORKSPACE_DIR } from "./paths.js";
import { bunBinary, versionForTitle } from "./runtime-binaries.js";
import { runScenarioProcess } from "./scenario-process.js";

export const bun: RuntimeLauncher = {
  title: `Bun ${versionForTitle(bunBinary, "")}`.trim(),
  id: "bun",
  webSocket: "platform",
  async launch(input) {
    const { path, version } = bunBinary();
    // --no-install: resolve from node_modules only, never auto-install from a registry.
    const report = await runScenarioProcess(path, ["--no-install", PROCESS_ENTRY], input, {
      cwd: WORKSPACE_DIR,
      timeoutMs: LAUNCH_TIMEOUT_MS,
      env: { BUN_OPTIONS: "", NO_COLOR: "1" },
    });
    return { report, expected: { name: "bun", version } };
  },
};
