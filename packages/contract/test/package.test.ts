// What the package promises besides the checker: no runtime dependency, and
// the list of operations a checklist test walks (operationId, method, path).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { operations, operationsById } from "../src/index.js";

describe("@sapi-kit/contract", () => {
  it("has no runtime dependency", async () => {
    const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it("lists every operation once, with its operationId, method and path, and by id", () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(["GET", "POST", "PUT", "DELETE"]).toContain(operation.method);
      expect(operation.path).toMatch(/^\//);
      expect(operationsById[operation.operationId as keyof typeof operationsById]).toBe(operation);
    }
    expect(new Set(operations.map(({ method, path }) => `${method} ${path}`)).size).toBe(operations.length);
  });
});
