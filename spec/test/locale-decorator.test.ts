import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleFromString, stringifyYaml } from "@redocly/openapi-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { containsChinese } from "../plugins/localized-fields.mjs";
import { FIXTURES_DIR, strict } from "./support/lint.js";
import type { Json } from "./support/spec-document.js";

const hanCharacter = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const latinText = fc.string({ minLength: 1, unit: fc.constantFrom(..."abcXYZ 019.,:-`'\"\n") });
/** Chinese prose as translators write it: Han characters mixed with Latin text and punctuation. */
const chineseText = fc
  .tuple(latinText, fc.array(hanCharacter, { minLength: 1, maxLength: 20 }), latinText)
  .map(([before, han, after]) => `${before}${han.join("")}${after}`);

const fixture = readFileSync(join(FIXTURES_DIR, "bilingual-complete.yaml"), "utf8");

async function bundleWith(locale: "en" | "zh-CN", english: string, chinese: string): Promise<Json> {
  const document = parse(fixture);
  document.info.description = english;
  document.info["x-description-zh-CN"] = chinese;
  const config = (await strict()).forAlias(locale);
  const result = await bundleFromString({
    source: stringifyYaml(document),
    absoluteRef: join(FIXTURES_DIR, "in-memory.yaml"),
    config,
  });
  return result.bundle.parsed;
}

describe("locale decorator", () => {
  it("puts the Chinese text, byte for byte, in the standard field of the zh-CN bundle", async () => {
    await fc.assert(
      fc.asyncProperty(latinText, chineseText, async (english, chinese) => {
        const zh = await bundleWith("zh-CN", english, chinese);
        const en = await bundleWith("en", english, chinese);
        expect(zh.info.description).toBe(chinese);
        expect(en.info.description).toBe(english);
        expect(zh.info).not.toHaveProperty("x-description-zh-CN");
        expect(en.info).not.toHaveProperty("x-description-zh-CN");
      }),
      { numRuns: 15 },
    );
  });
});

describe("what counts as a Chinese translation", () => {
  it("any text with at least one Han character", () => {
    fc.assert(fc.property(chineseText, (text) => containsChinese(text)));
  });

  it("no text without one, however long", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => !containsChinese(text)));
  });
});
