import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkCompatibility } from "../src/spec-compat/check-compatibility.js";
import { collectOperations } from "../src/spec-compat/collect-operations.js";
import { loadSpec } from "../src/spec-compat/load-spec.js";
import type { Operation } from "../src/spec-compat/openapi-document.js";
import { parseChangeset, readPendingChangesets } from "../src/spec-compat/pending-changesets.js";
import { baseSpec } from "./fixtures/base-spec.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const currentSpecFile = join(repo, "spec/openapi.yaml");
const releasedSpecFile = join(repo, "release/released/openapi.yaml");
const releasedVersionFile = join(repo, "release/released/VERSION.json");
const changesetDirectory = join(repo, ".changeset");

describe("spec compatibility guard (spec/openapi.yaml vs the last released spec)", () => {
  it("the released snapshot is a real spec with the cancel operation and a version", () => {
    const released = loadSpec(releasedSpecFile);
    expect([...collectOperations(released).keys()]).toContain("DELETE /sapi/v1/margin/orderList");
    const { version } = JSON.parse(readFileSync(releasedVersionFile, "utf8")) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("breaking changes since the last release come with a major changeset for @sapi-kit/client", () => {
    const verdict = checkCompatibility(
      loadSpec(releasedSpecFile),
      loadSpec(currentSpecFile),
      readPendingChangesets(changesetDirectory),
    );
    console.log(verdict.report);
    expect(verdict.ok, verdict.report).toBe(true);
  });

  it("sees into the real spec: dropping a parameter of the released cancel operation is caught", () => {
    const released = loadSpec(releasedSpecFile);
    const edited = structuredClone(released);
    const cancel = edited.paths?.["/sapi/v1/margin/orderList"]?.delete as Operation;
    cancel.parameters = cancel.parameters?.slice(1);
    const verdict = checkCompatibility(released, edited, []);
    expect(verdict.ok).toBe(false);
    expect(verdict.breaking.map((change) => change.kind)).toContain("param-removed");
  });
});

describe("spec compatibility guard: the release rule", () => {
  const breaking = baseSpec();
  const cancel = breaking.paths?.["/sapi/v1/margin/orderList"]?.delete as Operation;
  cancel.parameters = cancel.parameters?.filter((parameter) => parameter.name !== "isIsolated");

  it("passes a compatible change without any changeset", () => {
    expect(checkCompatibility(baseSpec(), baseSpec(), []).ok).toBe(true);
  });

  it("fails a breaking change with only minor changesets, naming the change", () => {
    const verdict = checkCompatibility(baseSpec(), breaking, [
      { file: "feature.md", releases: { "@sapi-kit/client": "minor", "@sapi-kit/signer": "minor" } },
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toContain("query:isIsolated removed");
    expect(verdict.report).toContain("changeset");
  });

  it("fails a breaking change whose major changeset is for another package", () => {
    const verdict = checkCompatibility(baseSpec(), breaking, [
      { file: "sandbox.md", releases: { "@sapi-kit/sandbox": "major" } },
    ]);
    expect(verdict.ok).toBe(false);
  });

  it("passes a breaking change declared major for @sapi-kit/client", () => {
    const verdict = checkCompatibility(baseSpec(), breaking, [
      { file: "drop-isolated.md", releases: { "@sapi-kit/client": "major" } },
    ]);
    expect(verdict).toMatchObject({ ok: true, majorChangesets: ["drop-isolated.md"] });
  });
});

describe("pending changesets", () => {
  const directory = mkdtempSync(join(tmpdir(), "sapi-kit-changesets-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("reads the bump per package from each changeset's front matter, ignoring README.md", () => {
    writeFileSync(join(directory, "README.md"), "# Changesets\n");
    writeFileSync(join(directory, "brave-cats.md"), '---\n"@sapi-kit/client": major\n"@sapi-kit/signer": major\n---\n\nDrop x.\n');
    writeFileSync(join(directory, "quiet-dogs.md"), "---\n'@sapi-kit/sandbox': patch\n---\n\nFix y.\n");
    expect(readPendingChangesets(directory)).toEqual([
      { file: "brave-cats.md", releases: { "@sapi-kit/client": "major", "@sapi-kit/signer": "major" } },
      { file: "quiet-dogs.md", releases: { "@sapi-kit/sandbox": "patch" } },
    ]);
  });

  it("reads an empty changeset (no releases) as releasing nothing", () => {
    expect(parseChangeset("---\n---\n\nDocs only.\n")).toEqual({});
  });

  it("rejects a file without front matter or with an unknown bump", () => {
    expect(() => parseChangeset("no front matter", "bad.md")).toThrow(/bad\.md: no front matter/);
    expect(() => parseChangeset('---\n"@sapi-kit/client": huge\n---\n', "odd.md")).toThrow(/unknown bump type/);
  });

  it("the repository's own pending changesets parse", () => {
    expect(() => readPendingChangesets(changesetDirectory)).not.toThrow();
  });
});
