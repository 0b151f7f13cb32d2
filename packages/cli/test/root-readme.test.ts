// The repository README's "Try it without an account" lines, run as a shell
// runs them from the repository root: the --sandbox lines, then a standalone
// `sandbox` whose printed export block sends the next lines to it.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/index.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const readme = readFileSync(new URL("README.md", `file://${ROOT}`), "utf8");

/** The command lines of a tested-example block, trailing `# comments` removed. */
function block(name: string): string[] {
  const body = new RegExp(`<!-- tested-example: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\`\\n<!-- /tested-example -->`).exec(readme)?.[1];
  expect(body, `README.md lost its ${name} block`).toBeDefined();
  return (body as string)
    .split("\n")
    .filter(Boolean)
    .map((line) => line.replace(/\s+#.*$/, ""));
}

/** One line through `sh`, as typed (`exec`: the signal reaches node, not the shell). */
function shell(line: string, env: Record<string, string> = {}) {
  const run = spawnSync("sh", ["-c", `exec ${line}`], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const BIN = "node packages/cli/dist/bin.js ";

describe("README.md, Try it without an account", () => {
  const lines = block("try-it");

  it("npm start is the CLI's demo", () => {
    expect(lines[0]).toBe("npm start");
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts.start).toBe("node scripts/task.mjs start");
    expect(readFileSync(`${ROOT}scripts/task.mjs`, "utf8")).toContain('["packages/cli/dist/bin.js", "demo"]');
    expect(shell(`${BIN}demo`).code).toBe(0);
  }, 60_000);

  it.each(lines.filter((line) => line.startsWith(BIN) && !line.includes(" sandbox ")))("%s", (line) => {
    const run = shell(line);
    expect({ code: run.code, stdout: run.stdout.length > 0 }, run.stderr).toEqual({ code: 0, stdout: true });
  }, 30_000);

  it("the standalone sandbox line, then the lines after it with one pasted export block", async () => {
    const line = lines.find((candidate) => candidate.includes(" sandbox ")) as string;
    expect(parseArgs(line.slice(BIN.length).split(" "))).toEqual({ kind: "sandbox", locale: "en", port: 8090 });
    // Port 8090 may be taken on a shared machine: the same line on a free port.
    const child = spawn("sh", ["-c", `exec ${line.replace("--port 8090", "--port 0")}`], { cwd: ROOT, env: { PATH: process.env.PATH } });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const deadline = Date.now() + 15_000;
      while (!stdout.includes("Press Ctrl-C to stop.") && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // The first block, as pasted into a shell: its `export NAME=value` lines.
      const hmac = stdout.split("\n\n").find((part) => part.includes("export BINANCE_API_SECRET=")) as string;
      const env = Object.fromEntries([...hmac.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]));
      expect(Object.keys(env)).toEqual(["BINANCE_BASE_URL", "BINANCE_API_KEY", "BINANCE_API_SECRET"]);
      for (const next of block("try-it-standalone")) {
        const run = shell(next, env);
        expect(run.code, `${next}\n${run.stderr}`).toBe(0);
        // The pasted BINANCE_BASE_URL alone sent it there.
        expect(run.stderr).toContain(`→ sending to ${env.BINANCE_BASE_URL}\n`);
      }
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
