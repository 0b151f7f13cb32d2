// The root README's quick start is the tested sample, byte for byte: the
// samples test compiles and runs docs/samples/quick-start.ts against the
// sandbox, and this test makes sure the README shows exactly that file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");

describe("README quick start", () => {
  it("is docs/samples/quick-start.ts, byte for byte", () => {
    const readme = read("../../README.md");
    const block = /<!-- quick-start: docs\/samples\/quick-start\.ts -->\n```ts\n([\s\S]*?)```\n<!-- \/quick-start -->/.exec(readme);
    expect(block, "README.md lost its quick-start markers").not.toBeNull();
    expect(block?.[1]).toBe(read("../samples/quick-start.ts"));
  });

  it("documents the two commands and links the docs", () => {
    const readme = read("../../README.md");
    expect(readme).toContain("npm start");
    expect(readme).toContain("npm test");
    for (const link of ["docs/README.md", "spec/README.md", "CONTRIBUTING.md", "ARCHITECTURE.md"]) {
      expect(readme).toContain(`(${link})`);
      expect(() => read(`../../${link}`)).not.toThrow();
    }
  });
});
