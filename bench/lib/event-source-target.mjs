// Forks the event source (lib/event-source-process.mjs) and hands back its
// addresses and a way to ask it for events; a source that dies early rejects.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./event-source-process.mjs", import.meta.url));

/** @returns {Promise<{ baseUrl: string, streamUrl: string, close: () => Promise<void> }>} */
export async function startEventSourceProcess() {
  const child = fork(CHILD, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const ready = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the event source exited (${code}) before it was ready`)));
    child.once("message", (message) => resolve(message.ready));
  });
  return {
    ...ready,
    async close() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
