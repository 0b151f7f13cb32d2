// Runs one measuring child process (a cold-start sample, a heap check, a
// Bun or Deno run) and returns the JSON it prints. It waits asynchronously
// (a heap check's replay server runs in the parent); a child that fails or
// prints something else rejects, with the first lines of its stderr.
import { spawn } from "node:child_process";

/**
 * @param {{ command: string, args: string[], cwd: string, env: Record<string, string | undefined>, input?: string, what: string }} options
 * @returns {Promise<any>}
 */
export function runJsonChild({ command, args, cwd, env, input, what }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) {
        reject(new Error(`${what} failed (exit ${status}): ${stderr.trim().split("\n").slice(0, 8).join("\n")}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`${what} printed no JSON: ${stdout.slice(0, 200)}`));
      }
    });
    if (input !== undefined) child.stdin.end(input);
  });
}
