// The root README's quick start is the tested sample, byte for byte: the
// samples test compiles and runs docs/samples/quick-start.ts against the
// sandbox, and this test makes sure the README shows exactly that file.
import { readdirSync, readFileSync } from "node:fs";
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

describe("package READMEs", () => {
  // Every publishable package shows at least one example that a test runs:
  // a docs sample (compiled and run against the sandbox by samples.test.ts),
  // or, for the CLI, command lines its own tests run.
  const markers = /<!-- tested-example: (\S+) -->\n```(ts|sh)\n([\s\S]*?)```\n<!-- \/tested-example -->/g;
  const samples = new Set(readdirSync(new URL("../samples/", import.meta.url)).map((file) => `docs/samples/${file}`));

  it.each(["client", "signer", "sandbox", "cli"])("@sapi-kit/%s has a tested example", (name) => {
    const readme = read(`../../packages/${name}/README.md`);
    const examples = [...readme.matchAll(markers)];
    expect(examples.length, `packages/${name}/README.md has no tested-example block`).toBeGreaterThan(0);
    for (const [, source, lang, body] of examples) {
      if (source === "cli") {
        expect(name).toBe("cli");
        expect(lang).toBe("sh");
        continue;
      }
      expect(samples.has(source as string), `${source} is not one of the run samples`).toBe(true);
      expect(body).toBe(read(`../../${source}`));
    }
  });
});
