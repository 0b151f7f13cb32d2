import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PackedPackage, packPackages } from "../src/tarballs/pack-packages.js";
import { mustRun } from "../src/tarballs/run-command.js";

// What a user gets from `npm install`: the packed tarballs installed into a
// project outside the workspace (no links), used from ESM and CommonJS.
const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-smoke-"));
const project = join(scratch, "project");
let packed: PackedPackage[] = [];

beforeAll(async () => {
  packed = await packPackages(join(scratch, "tarballs"));
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "sapi-kit-smoke", private: true, version: "0.0.0" }));
  for (const script of ["cancel-esm.mjs", "cancel-cjs.cjs"]) {
    copyFileSync(fileURLToPath(new URL(`./smoke/${script}`, import.meta.url)), join(project, script));
  }
  // All six at once, so the dependencies on contract/client/signer/sandbox
  // resolve to these tarballs; openapi-fetch comes from the registry.
  await mustRun(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", ...packed.map((pkg) => pkg.tarball)],
    project,
    300_000,
  );
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type SmokeOutput = {
  status: number;
  error: unknown;
  orderListId: number;
  expectedOrderListId: number;
  listOrderStatus: string;
  sandboxStatus: string;
  streamMessage: string;
  violations: string[];
  errorFamily: Record<string, boolean>;
  resolved: Record<string, string>;
};

const ONE_ERROR_FAMILY = { errorsEntryIsRoots: true, signerUsesClients: true, hmacIsSigners: true, signerErrorIsSapiKitError: true, streamErrorIsSapiKitError: true };

async function runSmoke(script: string): Promise<SmokeOutput> {
  const stdout = await mustRun(process.execPath, [script], project, 60_000);
  return JSON.parse(stdout) as SmokeOutput;
}

describe("packed tarballs installed into a fresh project", () => {
  it("are real copies, not links into the workspace", () => {
    for (const pkg of packed) {
      const installed = realpathSync(join(project, "node_modules", ...pkg.name.split("/")));
      expect(installed.startsWith(realpathSync(project))).toBe(true);
    }
  });

  it("cancel an OCO list with a signed request, and subscribe the user data stream, from ESM", async () => {
    const result = await runSmoke("cancel-esm.mjs");
    expect(result).toMatchObject({ status: 200, error: null, listOrderStatus: "ALL_DONE", sandboxStatus: "CANCELED", streamMessage: "subscribed" });
    expect(result.violations).toEqual(["required-one-of"]);
    expect(result.orderListId).toBe(result.expectedOrderListId);
    expect(result.errorFamily).toEqual(ONE_ERROR_FAMILY);
    for (const resolved of Object.values(result.resolved)) {
      expect(resolved).toMatch(/\/node_modules\/@sapi-kit\/[a-z]+\/dist\/[a-z]+\.js$/);
    }
  });

  it("cancel an OCO list with a signed request, and subscribe the user data stream, from CommonJS", async () => {
    const result = await runSmoke("cancel-cjs.cjs");
    expect(result).toMatchObject({ status: 200, error: null, listOrderStatus: "ALL_DONE", sandboxStatus: "CANCELED", streamMessage: "subscribed" });
    expect(result.violations).toEqual(["required-one-of"]);
    expect(result.orderListId).toBe(result.expectedOrderListId);
    expect(result.errorFamily).toEqual(ONE_ERROR_FAMILY);
    for (const resolved of Object.values(result.resolved)) {
      expect(resolved).toMatch(/\/node_modules\/@sapi-kit\/[a-z]+\/dist\/[a-z]+\.cjs$/);
    }
  });

  it("install the sapi-kit command, which runs", async () => {
    const result = await mustRun(process.execPath, [join(project, "node_modules/@sapi-kit/cli/dist/bin.js"), "--help"], project);
    expect(result).toMatch(/sapi-kit/);
  });
});
