import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { asyncApiSchemas, readAsyncApi, readSpec, resolveRef } from "@sapi-kit/spec/loader";
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
    const neutral = ["index.html", "reference/index.html", "events/index.html", ...GUIDE_ORDER.map((name) => `guides/${name}.html`)];
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

describe("event reference (spec/asyncapi.yaml)", () => {
  // Read straight from the document, not from the build's own catalog, so a field the build drops is missed here.
  const asyncApi = readAsyncApi();
  const schemas = asyncApiSchemas(asyncApi, readSpec());
  const schemaDocument = { components: { schemas } };
  const resolve = (node: unknown) => resolveRef(schemaDocument, node);
  type Schema = { properties?: Record<string, unknown>; required?: string[]; description?: string; "x-description-zh-CN"?: string };
  const events = (schemas.UserDataEvent.anyOf as { $ref: string }[])
    .map((member) => resolve(member) as Schema & { properties: { e: { const?: string } } })
    .filter((schema) => typeof schema.properties.e.const === "string");
  const PAGES = { en: "events/index.html", "zh-CN": "zh-CN/events/index.html" } as const;
  const REQUIRED = { en: ["required", "optional"], "zh-CN": ["必需", "可选"] } as const;
  /** Page text as a reader sees it, without whitespace (the build joins Chinese lines, Markdown turns `x` into <code>). */
  const visible = (html: string) =>
    html
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, "");
  const written = (text: string) => text.replace(/`/g, "").replace(/\s+/g, "");
  const describedIn = (node: Schema, code: "en" | "zh-CN") => (code === "en" ? node.description : node["x-description-zh-CN"]) ?? "";
  const section = (html: string, id: string) => {
    const match = new RegExp(`<section [^>]*id="${id}">([\\s\\S]*?)</section>`).exec(html);
    expect(match, id).not.toBeNull();
    return match?.[1] ?? "";
  };
  const row = (html: string, field: string) => {
    const match = new RegExp(`<tr data-field="${field.replace(/[.[\]]/g, "\\$&")}">([\\s\\S]*?)</tr>`).exec(html);
    expect(match, field).not.toBeNull();
    return match?.[1] ?? "";
  };

  it("lists the five events of the document, each in its own section in both locales", () => {
    expect(events.map((event) => event.properties.e.const)).toEqual([
      "executionReport",
      "listStatus",
      "outboundAccountPosition",
      "balanceUpdate",
      "eventStreamTerminated",
    ]);
  });

  for (const code of ["en", "zh-CN"] as const) {
    const other = code === "en" ? "zh-CN" : "en";

    it(`${code}: every event shows every field with its required-ness, known values and description in this language`, () => {
      const html = read(PAGES[code]);
      for (const event of events) {
        const type = event.properties.e.const ?? "";
        const body = section(html, `event-${type}`);
        expect(visible(body), type).toContain(written(describedIn(event, code)));
        expect(visible(body), type).not.toContain(written(describedIn(event, other)));
        for (const [name, property] of Object.entries(event.properties)) {
          const cells = row(body, name);
          const target = resolve(property) as Schema & { anyOf?: unknown[]; enum?: string[]; const?: string };
          const description = describedIn(property as Schema, code) || describedIn(target, code);
          expect(visible(cells), `${type}.${name}`).toContain(written(description));
          const [yes, no] = REQUIRED[code];
          expect(cells, `${type}.${name}`).toContain(`<td>${event.required?.includes(name) ? yes : no}</td>`);
          const known = target.anyOf?.map(resolve).find((member) => Array.isArray((member as { enum?: unknown }).enum)) as { enum: string[] } | undefined;
          for (const value of [...(known?.enum ?? []), ...(target.const ? [target.const] : [])]) {
            expect(cells, `${type}.${name} = ${value}`).toContain(`<code>${value}</code>`);
          }
        }
      }
    });

    it(`${code}: shows the channel, its operations and every message with its payload fields`, () => {
      const html = read(PAGES[code]);
      const channel = Object.values(asyncApi.channels as Record<string, { address: string; messages: Record<string, { $ref: string }> }>)[0];
      expect(html).toContain(`<code>${channel?.address}</code>`);
      for (const [key, operation] of Object.entries(asyncApi.operations as Record<string, { title: string; "x-title-zh-CN": string }>)) {
        const body = section(html, `operation-${key}`);
        expect(body, key).toContain(code === "en" ? operation.title : operation["x-title-zh-CN"]);
      }
      for (const [key, reference] of Object.entries(channel?.messages ?? {})) {
        const message = resolveRef(asyncApi, reference as unknown) as { name: string; payload: unknown; "x-title-zh-CN": string; title: string };
        const body = section(html, `message-${key}`);
        expect(body, key).toContain(`<code>${message.name}</code>`);
        expect(body, key).toContain(code === "en" ? message.title : message["x-title-zh-CN"]);
        const payload = resolve(message.payload) as Schema;
        for (const name of Object.keys(payload.properties ?? {})) row(body, name);
      }
      // The request's nested field and the error's code, as a reader looks for them.
      row(section(html, "message-subscribeListenTokenRequest"), "params.listenToken");
      row(section(html, "message-errorResponse"), "error.code");
    });

    it(`${code}: links the token call in the API reference of the same language, and is linked from the site header`, () => {
      const html = read(PAGES[code]);
      expect(html).toContain('href="../reference/index.html#/margin-trading/margincreatelistentoken"');
      for (const file of pages().filter((page) => localeOf(page) === code)) {
        const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(read(file))?.[0] ?? "";
        const href = /<a href="([^"]*)"[^>]*>(Event reference|事件参考)<\/a>/.exec(header)?.[1];
        expect(href && join(dirname(file), href), file).toBe(PAGES[code]);
      }
    });
  }
});
