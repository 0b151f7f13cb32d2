import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_ORDER, guideTitle, readGuides } from "../scripts/site/guide-catalog.mjs";
import { renderMarkdown } from "../scripts/site/markdown.mjs";
import { GUIDES_DIR } from "./support/paths.js";

const sectionIds = (markdown: string) => [...markdown.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);

describe("guide sources", () => {
  it("exist in both locales with the same names, landing page first", () => {
    for (const locale of ["en", "zh-CN"]) {
      expect(readGuides(GUIDES_DIR, locale).map((guide) => guide.name)).toEqual(["index", ...GUIDE_ORDER]);
    }
  });

  it("pin the same section ids in both locales, so switching language keeps the section", () => {
    for (const name of ["index", ...GUIDE_ORDER]) {
      const en = readFileSync(join(GUIDES_DIR, "en", `${name}.md`), "utf8");
      const zh = readFileSync(join(GUIDES_DIR, "zh-CN", `${name}.md`), "utf8");
      expect(sectionIds(zh), name).toEqual(sectionIds(en));
      // Every section heading pins its id; an unpinned one would get a locale-specific slug.
      const sections = en.match(/^#{2,3} .*$/gm) ?? [];
      expect(sectionIds(en), name).toHaveLength(sections.length);
    }
  });

  it("are written in their language", () => {
    for (const name of ["index", ...GUIDE_ORDER]) {
      const zh = readFileSync(join(GUIDES_DIR, "zh-CN", `${name}.md`), "utf8");
      const en = readFileSync(join(GUIDES_DIR, "en", `${name}.md`), "utf8");
      expect(zh, name).toMatch(/[\u4e00-\u9fff]/);
      expect(en, name).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("link to no URL that holds full-width punctuation (a Chinese sentence's end swallowed by an autolink)", () => {
    const links = { currentFile: "guides/a.html", fileFor: (page: string) => page };
    for (const locale of ["en", "zh-CN"]) {
      for (const name of ["index", ...GUIDE_ORDER]) {
        const html = renderMarkdown(readFileSync(join(GUIDES_DIR, locale, `${name}.md`), "utf8"), links);
        const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1] ?? "");
        expect(
          hrefs.filter((href) => /[\u3000-\u303f\uff00-\uffef]/.test(href)),
          `${locale}/${name}.md`,
        ).toEqual([]);
      }
    }
  });

  it("take the title from the first level-1 heading", () => {
    expect(guideTitle("intro\n# Errors and retries {#top}\n## x")).toBe("Errors and retries");
    expect(() => guideTitle("## no title")).toThrow(/level-1 heading/);
  });
});
