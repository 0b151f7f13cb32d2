// Node.js: the host's own binary (the one running the tests) and Node 22 / 24
// from npm, each running the scenario file as a plain ES module.
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import { PROCESS_ENTRY, WORKSPACE_DIR } from "./paths.js";
import { nodeBinary, type RuntimeBinary, versionForTitle } from "./runtime-binaries.js";
import { runScenarioProcess } from "./scenario-process.js";

/** Node has a global WebSocket from 22 on; before that, the stream falls back to `ws`. */
function nodeWebSocket(major: number): "platform" | "ws" {
  return major >= 22 ? "platform" : "ws";
}

function nodeLauncher(title: string, id: string, major: number, binary: () => RuntimeBinary): RuntimeLauncher {
  return {
    title,
    id,
    webSocket: nodeWebSocket(major),
    async launch(input) {
      const { path, version } = binary();
      const report = await runScenarioProcess(path, [PROCESS_ENTRY], input, { cwd: WORKSPACE_DIR, timeoutMs: LAUNCH_TIMEOUT_MS });
      return { report, expected: { name: "node", version: `v${version}` } };
    },
  };
}

/** The Node.js running this test suite (Node 20 on the project's machines: the oldest supported). */
export const hostNode = nodeLauncher(`Node ${process.versions.node} (the test host)`, "node-host", Number(process.versions.node.split(".")[0]), () => ({
  path: process.execPath,
  version: process.versions.node,
}));

export const node22 = nodeLauncher(`Node ${versionForTitle(() => nodeBinary(22), "22")}`, "node22", 22, () => nodeBinary(22));
export const node24 = nodeLauncher(`Node ${versionForTitle(() => nodeBinary(24), "24")}`, "node24", 24, () => nodeBinary(24));
