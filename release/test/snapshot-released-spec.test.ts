import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { snapshotReleasedSpec } from "../scripts/snapshot-released-spec.mjs";

describe("snapshot of the released spec (run after changeset version)", () => {
  const root = mkdtempSync(join(tmpdir(), "sapi-kit-snapshot-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("copies spec/openapi.yaml and records the client's new version", () => {
    for (const dir of ["spec", "packages/client", "release/released"]) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, "spec/openapi.yaml"), "openapi: 3.1.0\npaths: {}\n# new\n");
    writeFileSync(join(root, "packages/client/package.json"), JSON.stringify({ version: "1.0.0" }));
    writeFileSync(join(root, "release/released/openapi.yaml"), "openapi: 3.1.0\npaths: {}\n");
    writeFileSync(join(root, "release/released/VERSION.json"), JSON.stringify({ package: "@sapi-kit/client", version: "0.2.0" }));

    expect(snapshotReleasedSpec(root)).toBe("1.0.0");
    expect(readFileSync(join(root, "release/released/openapi.yaml"), "utf8")).toContain("# new");
    expect(JSON.parse(readFileSync(join(root, "release/released/VERSION.json"), "utf8"))).toEqual({
      package: "@sapi-kit/client",
      version: "1.0.0",
    });
  });
});
