import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT, SPEC_DIR } from "../scripts/locale-bundles.mjs";

// Runs the real `build` script (scripts/bundle.mjs) in a scratch copy of the
// repository layout, so a broken spec can be tried without touching ours.
const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratchRepo(openapi: string): string {
  const root = mkdtempSync(join(tmpdir(), "sapi-kit-spec-"));
  scratchDirs.push(root);
  cpSync(join(REPO_ROOT, "redocly.yaml"), join(root, "redocly.yaml"));
  for (const dir of ["scripts", "plugins", "samples"]) cpSync(join(SPEC_DIR, dir), join(root, "spec", dir), { recursive: true });
  symlinkSync(join(SPEC_DIR, "node_modules"), join(root, "spec", "node_modules"), "dir");
  writeFileSync(join(root, "spec", "openapi.yaml"), openapi);
  return root;
}

function build(root: string) {
  return spawnSync(process.execPath, [join(root, "spec", "scripts", "bundle.mjs")], { encoding: "utf8" });
}

const source = readFileSync(join(SPEC_DIR, "openapi.yaml"), "utf8");

describe("build script", () => {
  it("writes both locale bundles when the spec is clean", () => {
    const root = scratchRepo(source);
    const result = build(root);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(root, "spec/dist/openapi.zh-CN.yaml"), "utf8")).toContain("summary: 取消杠杆账户 OCO 订单(TRADE)");
    expect(readFileSync(join(root, "spec/dist/openapi.en.yaml"), "utf8")).toContain("summary: Margin Account Cancel OCO (TRADE)");
  });

  it("fails, names the problem and writes nothing when a translation is missing", () => {
    const broken = source.replace("      x-summary-zh-CN: 取消杠杆账户 OCO 订单(TRADE)\n", "");
    expect(broken).not.toBe(source);
    const root = scratchRepo(broken);
    const result = build(root);
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain("sapi-kit/bilingual-siblings");
    expect(existsSync(join(root, "spec/dist"))).toBe(false);
  });
});
