// Node.js: the host's own binary (the one running the tests) and Node 22 / 24
// from npm, each running the scenario file as a plain ES module.
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import { PROCESS_ENTRY, WORKSPACE_DIR } from "./paths.js";
import { type RuntimeBinary, nodeBinary, versionForTitle } from "./runtime-binaries.js";
import { runScenarioProcess } from "./scenario-process.js";

function nodeLauncher(title: string, id: string, binary: () => RuntimeBinary): RuntimeLauncher {
  return {
    title,
    id,
    async launch(input) {
      const { path, version } = binary();
      const report = await runScenarioProcess(path, [PROCESS_ENTRY], input, { cwd: WORKSPACE_DIR, timeoutMs: LAUNCH_TIMEOUT_MS });
      return { report, expected: { name: "node", version: `v${version}` } };
    },
  };
}

/** The Node.js running this test suite (Node 20 on the project's machines: the oldest supported). */
export const hostNode = nodeLauncher(`Node ${process.versions.node} (the test host)`, "node-host", () => ({
  path: process.execPath,
  version: process.versions.node,
}));

export const node22 = nodeLauncher(`Node ${versionForTitle(() => nodeBinary(22), "22")}`, "node22", () => nodeBinary(22));
export const node24 = nodeLauncher(`Node ${versionForTitle(() => nodeBinary(24), "24")}`, "node24", () => nodeBinary(24));
