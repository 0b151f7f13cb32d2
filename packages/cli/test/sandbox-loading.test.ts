// The CLI loads @sapi-kit/sandbox only for `--sandbox`, `demo` and `sandbox`:
// a command sent to a real host (--base-url) never loads it. Checked twice:
// on the source (no static import of the sandbox; a dynamic one only where
// those three start it) and on the built bin, run with a resolve hook that
// refuses to load the sandbox module.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBin } from "./support/running-bin.js";
import { type ScriptedServer, startScriptedServer } from "./support/scripted-server.js";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
/** Where the sandbox is started: `--sandbox` (transport/demo-sandbox.ts), `demo` and `sandbox`. */
const SANDBOX_STARTERS = ["commands/demo.ts", "commands/sandbox.ts", "transport/demo-sandbox.ts"];

async function sources(): Promise<{ file: string; code: string }[]> {
  const files = (await readdir(SRC, { recursive: true })).filter((file) => file.endsWith(".ts"));
  return Promise.all(
    files.map(async (file) => ({ file: relative(SRC, join(SRC, file)).split(sep).join("/"), code: await readFile(join(SRC, file), "utf8") })),
  );
}

describe("the CLI's source", () => {
  it("imports the sandbox statically for types only, and loads it only where demo, sandbox and --sandbox start it", async () => {
    const staticImports: string[] = [];
    const dynamicImports: string[] = [];
    for (const { file, code } of await sources()) {
      for (const [statement] of code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']@sapi-kit\/sandbox(?:\/[^"']*)?["']/gm)) {
        if (!/^\s*(?:import|export)\s+type\s/.test(statement)) staticImports.push(`${file}: ${statement.trim()}`);
      }
      if (/\bimport\(\s*["']@sapi-kit\/sandbox/.test(code)) dynamicImports.push(file);
    }
    expect(staticImports).toEqual([]);
    expect(dynamicImports.sort()).toEqual([...SANDBOX_STARTERS].sort());
  });

  it("the argument checks and the contract code read @sapi-kit/contract, never the sandbox", async () => {
    const checks = (await sources()).filter(({ file }) => file.startsWith("args/") || file.startsWith("contract/"));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter(({ code }) => code.includes("@sapi-kit/sandbox")).map(({ file }) => file)).toEqual([]);
    expect(checks.some(({ code }) => code.includes('from "@sapi-kit/contract"'))).toBe(true);
  });
});

/** A resolve hook that makes loading @sapi-kit/sandbox fail loudly. */
const REFUSE_SANDBOX = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(
  "export async function resolve(specifier, context, next) {" +
  "  if (specifier === '@sapi-kit/sandbox' || specifier.startsWith('@sapi-kit/sandbox/')) throw new Error('the sandbox module was loaded');" +
  "  return next(specifier, context);" +
  "}"
));
`)}`;

async function runBinRefusingSandbox(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startBin(args, env, ["--import", REFUSE_SANDBOX]);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe("the built bin", () => {
  let server: ScriptedServer;
  const env = { BINANCE_API_KEY: "k".repeat(64), BINANCE_API_SECRET: "s".repeat(64) };
  beforeAll(async () => {
    server = await startScriptedServer();
    server.answer({ status: 200, headers: { "content-type": "application/json" }, body: "[]" });
  });
  afterAll(() => server.close());

  it("sends a command to --base-url without ever loading the sandbox module", async () => {
    const run = await runBinRefusingSandbox(["margin", "list-open-order-lists", "--base-url", server.url, "--json"], env);
    expect(run.stderr).not.toContain("the sandbox module was loaded");
    expect(run.code, run.stderr).toBe(0);
    expect(server.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(["GET /sapi/v1/margin/openOrderList"]);
  }, 60_000);

  it("the hook does catch a load: the same command with --sandbox fails on it", async () => {
    const run = await runBinRefusingSandbox(["margin", "list-open-order-lists", "--sandbox", "--json"], {});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("the sandbox module was loaded");
  }, 60_000);
});
