// The built executable, as a user's shell runs it: exit codes reach the process.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dist/bin.js", () => {
  it("prints help and exits 0", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: sapi-kit margin cancel-oco/);
  });

  it("exits 2 with a usage hint on a bad call", () => {
    const { status, stderr } = run(["margin", "cancel-oco", "--symbol", "LTCBTC"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Give --order-list-id or --list-client-order-id/);
    expect(stderr).toMatch(/Run `sapi-kit margin cancel-oco --help`/);
  });

  it("cancels against its embedded sandbox and exits 0", () => {
    const { status, stdout } = run(["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", "0", "--sandbox"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Cancelled OCO order list 0 on LTCBTC (cross margin)");
  });
});
