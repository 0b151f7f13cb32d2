import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { findExternalResources } from "../scripts/site/external-resources.mjs";
import { GUIDE_ASSETS, GUIDE_ORDER } from "../scripts/site/guide-catalog.mjs";
import { DOCS_DIR, REPO_ROOT, SITE_DIR } from "./support/paths.js";
import { allSampleSources } from "./support/sample-sources.js";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(SITE_DIR, path)] : [];
  });
}

const read = (file: string) => readFileSync(join(SITE_DIR, file), "utf8");
const localeOf = (file: string) => (file.startsWith("zh-CN/") ? "zh-CN" : "en");
const pages = () => htmlFiles(SITE_DIR).sort();
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("docs build", () => {
  it("prints where the site is", () => {
    expect(inject("buildStdout")).toContain(`Docs site built: ${join(DOCS_DIR, "site", "index.html")}`);
  });

  it("writes the landing page, the reference and every guide in both locales", () => {
    const neutral = ["index.html", "reference/index.html", ...GUIDE_ORDER.map((name) => `guides/${name}.html`)];
    expect(pages()).toEqual([...neutral, ...neutral.map((page) => `zh-CN/${page}`)].sort());
  });
});

describe("offline pages", () => {
  it("load nothing from any other host (no CDN, no web fonts)", () => {
    for (const file of pages()) {
      const html = read(file);
      expect(findExternalResources(html), file).toEqual([]);
      expect(html, file).not.toMatch(/fonts\.(googleapis|gstatic)\.com|cdn\.redoc\.ly|cdn\.jsdelivr/);
    }
  });

  it("inline the Redoc bundle into the reference pages", () => {
    for (const file of ["reference/index.html", "zh-CN/reference/index.html"]) {
      const html = read(file);
      expect(html, file).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html, file).toMatch(/hydrate\(__redoc_definition, __redoc_options/);
      expect(html.length, file).toBeGreaterThan(1_000_000);
    }
  });
});

describe("languages", () => {
  it("set <html lang> to the page's locale", () => {
    for (const file of pages()) {
      expect(read(file), file).toMatch(new RegExp(`<html lang="${localeOf(file)}">`));
    }
  });

  it("render the reference from the locale's spec bundle", () => {
    expect(read("reference/index.html")).toContain("Margin Account Cancel OCO (TRADE)");
    expect(read("reference/index.html")).not.toContain("取消杠杆账户 OCO 订单(TRADE)");
    expect(read("zh-CN/reference/index.html")).toContain("取消杠杆账户 OCO 订单(TRADE)");
  });

  it("give every page a switcher that links to its twin in the other locale", () => {
    for (const file of pages()) {
      const html = read(file);
      const twin = localeOf(file) === "en" ? `zh-CN/${file}` : file.slice("zh-CN/".length);
      const switches = [...html.matchAll(/<a data-locale-switch="([^"]+)" href="([^"]+)"/g)];
      expect(switches, file).toHaveLength(1);
      const [, code, href] = switches[0] as RegExpMatchArray;
      expect(code, file).toBe(localeOf(twin));
      expect(join(dirname(file), href as string), file).toBe(twin);
    }
  });
});

describe("links and samples", () => {
  it("only link to pages that exist", () => {
    for (const file of pages()) {
      // Redoc's own SPA routes and external links are not site files.
      if (file.endsWith("reference/index.html")) continue;
      for (const [, href] of read(file).matchAll(/<a [^>]*href="([^"#]+)(?:#[^"]*)?"/g)) {
        if (/^(https?:|mailto:)/.test(href as string)) continue;
        expect(existsSync(join(SITE_DIR, dirname(file), href as string)), `${file} -> ${href}`).toBe(true);
      }
    }
  });

  it("give Redoc's prerendered links hash routes, never root paths that leave the reference page", () => {
    for (const file of ["reference/index.html", "zh-CN/reference/index.html"]) {
      const html = read(file);
      const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => match[1] ?? "");
      expect(hrefs.filter((href) => /^\/(?!\/)/.test(href)), file).toEqual([]);
      expect(hrefs, file).toEqual(expect.arrayContaining(["#/general", "#/margin-trading"]));
    }
  });

  it("only show images that are in the site, the benchmark chart among them in both locales", () => {
    const shown: string[] = [];
    for (const file of pages()) {
      if (file.endsWith("reference/index.html")) continue;
      for (const [, src] of read(file).matchAll(/<img [^>]*src="([^"]+)"/g)) {
        expect(src, file).not.toMatch(/^(https?:)?\/\//);
        const target = join(dirname(file), src as string);
        expect(existsSync(join(SITE_DIR, target)), `${file} -> ${src}`).toBe(true);
        shown.push(target);
      }
    }
    for (const asset of GUIDE_ASSETS) {
      expect(shown, asset.to).toContain(asset.to);
      expect(readFileSync(join(SITE_DIR, asset.to), "utf8")).toBe(readFileSync(join(REPO_ROOT, asset.from), "utf8"));
    }
  });

  it("show each sample file verbatim in the guides", () => {
    const allGuides = pages()
      .filter((file) => !file.includes("reference/"))
      .map(read)
      .join("\n");
    for (const source of allSampleSources()) {
      const text = readFileSync(join(REPO_ROOT, source), "utf8").trimEnd();
      expect(allGuides.includes(escapeHtml(text)), source).toBe(true);
    }
  });
});
