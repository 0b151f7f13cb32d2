import { join } from "node:path";
import { readAsyncApi } from "@sapi-kit/spec/loader";
import { describe, expect, it } from "vitest";
import { DECIMAL_PATTERN, localizedText, readEventCatalog } from "../scripts/site/event-catalog.mjs";
import { EVENT_PAGE_TEXT, typeText } from "../scripts/site/event-reference-page.mjs";
import { findExternalResources } from "../scripts/site/external-resources.mjs";
import { renderLanguageSwitcher } from "../scripts/site/language-switcher.mjs";
import { localeByCode, localizedFile, relativeHref } from "../scripts/site/locales.mjs";
import { joinCjkLines, pagePathForLink, renderMarkdown } from "../scripts/site/markdown.mjs";
import { hashRouteLinks, makeOffline } from "../scripts/site/reference-page.mjs";
import { expandSampleIncludes, includedSamples } from "../scripts/site/sample-includes.mjs";
import { resolveInside } from "../scripts/site/static-server.mjs";
import { REPO_ROOT } from "./support/paths.js";

describe("locale paths", () => {
  it("puts English at the root and Chinese under zh-CN/", () => {
    expect(localizedFile(localeByCode("en"), "guides/install.html")).toBe("guides/install.html");
    expect(localizedFile(localeByCode("zh-CN"), "guides/install.html")).toBe("zh-CN/guides/install.html");
    expect(() => localeByCode("fr")).toThrow(/Unknown locale/);
  });

  it("computes relative hrefs between site files", () => {
    expect(relativeHref("index.html", "zh-CN/index.html")).toBe("zh-CN/index.html");
    expect(relativeHref("zh-CN/reference/index.html", "reference/index.html")).toBe("../../reference/index.html");
    expect(relativeHref("guides/a.html", "guides/b.html")).toBe("b.html");
    expect(relativeHref("zh-CN/guides/a.html", "zh-CN/index.html")).toBe("../index.html");
  });
});

describe("language switcher", () => {
  it("marks the current locale and links the other to the twin page", () => {
    const html = renderLanguageSwitcher(localeByCode("zh-CN"), "reference/index.html");
    expect(html).toContain('<span class="locale-current" aria-current="true" lang="zh-CN">简体中文</span>');
    expect(html).toContain('<a data-locale-switch="en" href="../../reference/index.html" hreflang="en" lang="en">English</a>');
    // The reader's place (the hash) is carried over on click.
    expect(html).toContain("location.hash");
  });
});

describe("markdown", () => {
  const links = { currentFile: "zh-CN/guides/a.html", fileFor: (page: string) => `zh-CN/${page}` };

  it("pins heading ids and drops the marker", () => {
    expect(renderMarkdown("## 执行状态未知 {#unknown-status}", links)).toBe('<h2 id="unknown-status">执行状态未知</h2>\n');
  });

  it("joins soft-wrapped Chinese lines without a stray space, but never inside code blocks", () => {
    expect(renderMarkdown("第一行，\n第二行。\nEnglish\nwords", links)).toBe("<p>第一行，第二行。English\nwords</p>\n");
    expect(joinCjkLines("<pre><code>// 中文\nx</code></pre>")).toBe("<pre><code>// 中文\nx</code></pre>");
  });

  it("ends an autolink before full-width punctuation, which stays text", () => {
    expect(renderMarkdown("（来源：https://example.org/docs/rest-api_CN.md）。下一句", links)).toBe(
      '<p>（来源：<a href="https://example.org/docs/rest-api_CN.md">https://example.org/docs/rest-api_CN.md</a>）。下一句</p>\n',
    );
    expect(renderMarkdown("见 www.example.org/x，以及", links)).toContain('<a href="http://www.example.org/x">www.example.org/x</a>，以及');
    // An ASCII autolink is untouched, trailing punctuation trimmed as GFM does.
    expect(renderMarkdown("See https://example.org/a_(b).", links)).toBe(
      '<p>See <a href="https://example.org/a_(b)">https://example.org/a_(b)</a>.</p>\n',
    );
  });
    expect(pagePathForLink("events.md#event-listStatus")).toEqual({ pagePath: "events/index.html", hash: "#event-listStatus" });

  it("maps links between guides to the built pages of the same locale", () => {
    expect(pagePathForLink("quick-start.md#cancel")).toEqual({ pagePath: "guides/quick-start.html", hash: "#cancel" });
    expect(pagePathForLink("https://example.org/x.md")).toBeUndefined();
    expect(renderMarkdown("[x](index.md) [y](reference.md)", links)).toContain(
      '<a href="../index.html">x</a> <a href="../reference/index.html">y</a>',
    );
  });
});

describe("sample includes", () => {
  it("replaces a marker with the sample's exact text", () => {
    const markdown = "before\n<!-- sample: docs/samples/sandbox.ts -->\nafter";
    expect(includedSamples(markdown)).toEqual(["docs/samples/sandbox.ts"]);
    const expanded = expandSampleIncludes(markdown, REPO_ROOT, "from {path}");
    expect(expanded).toContain('```ts\nimport { createClient } from "@sapi-kit/client";');
    expect(expanded).toContain("from <code>docs/samples/sandbox.ts</code>");
  });

  it("refuses files outside the sample folders", () => {
    expect(() => expandSampleIncludes("<!-- sample: ../etc/x.ts -->", REPO_ROOT, "")).toThrow(/docs\/samples/);
  });
});

describe("external resource scan", () => {
  it("reports what a browser would fetch from other hosts", () => {
    const html = [
      '<script src="https://cdn.example/redoc.js"></script>',
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
      '<img src="//cdn.example/logo.svg">',
      "<style>.x{background:url('https://cdn.example/bg.png')}</style>",
      '<script type="module">import { hydrate } from "https://cdn.example/bundle.js";</script>',
      "jsx(`img`,{alt:`logo`,src:`https://cdn.example/logo-mini.svg`})",
    ].join("\n");
    expect(findExternalResources(html).sort()).toEqual(
      [
        "https://cdn.example/redoc.js",
        "https://fonts.googleapis.com/css?family=Roboto",
        "//cdn.example/logo.svg",
        "https://cdn.example/bg.png",
        "https://cdn.example/bundle.js",
        "https://cdn.example/logo-mini.svg",
      ].sort(),
    );
  });

  it("ignores links, namespaces and local resources", () => {
    const html = [
      '<a href="https://github.com/x">GitHub</a>',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      '<img src="data:image/svg+xml,abc"><script src="./local.js"></script>',
    ].join("\n");
    expect(findExternalResources(html)).toEqual([]);
  });

  it("finds Redoc's CDN logo and makeOffline removes it", () => {
    const redocLogo = "(`img`,{alt:`redocly logo`,src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`})";
    expect(findExternalResources(redocLogo).sort()).toEqual([
      "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
      "https://cdn.redoc.ly/redoc/logo-mini.svg",
    ]);
    expect(makeOffline(redocLogo)).not.toContain("cdn.redoc.ly");
    expect(makeOffline(redocLogo)).toContain("data:image/svg+xml,");
  });
});

describe("Redoc's prerendered links", () => {
  const page = (markup: string) =>
    `<a href="/outside">site header</a><div id="redoc">${markup}<script>var colorMode = 1;</script></div><script type="module">hydrate("<a href=\\"/x\\">")</script>`;

  it("become hash routes of the page: root paths only, inside Redoc's markup only", () => {
    const html = page('<a class="x" href="/general" data-discover="true">General</a><a href="/">Top</a><a href="//host/x">far</a><a href="openapi.en.yaml">spec</a>');
    expect(hashRouteLinks(html)).toBe(
      page('<a class="x" href="#/general" data-discover="true">General</a><a href="#/">Top</a><a href="//host/x">far</a><a href="openapi.en.yaml">spec</a>'),
    );
  });

  it("refuses a page without Redoc's root or its hydration script", () => {
    expect(() => hashRouteLinks("<p>no redoc</p>")).toThrow(/Redoc root/);
    expect(() => hashRouteLinks('<div id="redoc"><a href="/x">x</a></div>')).toThrow(/hydration script/);
  });
});

describe("static server path mapping (the server itself: static-server.test.ts)", () => {
  it("never resolves a URL path outside its root", () => {
    expect(resolveInside("/site", "/../../etc/passwd")).toBeUndefined();
    expect(resolveInside("/site", "/%E0%A4%A")).toBeUndefined();
    expect(resolveInside("/site", "/zh-CN/index.html?x=1")).toBe(join("/site", "zh-CN", "index.html"));
  });
});

describe("event catalog (spec/asyncapi.yaml)", () => {
  it("reads the Chinese sibling for zh-CN, and fails the build rather than show English where it is missing", () => {
    const node = { description: "Event type.", "x-description-zh-CN": "事件类型。" };
    expect(localizedText(node, "description", "en")).toBe("Event type.");
    expect(localizedText(node, "description", "zh-CN")).toBe("事件类型。");
    expect(localizedText({}, "summary", "zh-CN")).toBeUndefined();
    expect(() => localizedText({ description: "Event type." }, "description", "zh-CN")).toThrow(/x-description-zh-CN/);
    const broken = readAsyncApi();
    delete broken.components.schemas.ListStatus.properties.g["x-description-zh-CN"];
    expect(() => readEventCatalog("zh-CN", { asyncApi: broken })).toThrow(/Id of the order list/);
    expect(() => readEventCatalog("en", { asyncApi: broken })).not.toThrow();
  });

  it("recognizes every patterned string of the document as a decimal, so none is shown as a raw pattern", () => {
    const catalog = readEventCatalog("en");
    const fields = [...catalog.messages, ...catalog.events].flatMap((entry) => entry.fields);
    expect(fields.filter((field) => field.type.pattern !== undefined).map((field) => field.path)).toEqual([]);
    const decimals = fields.filter((field) => field.type.kind === "decimal").map((field) => field.path);
    expect(decimals).toEqual(expect.arrayContaining(["q", "p", "z", "B[].f", "d"]));
    expect(JSON.stringify(readAsyncApi())).toContain(JSON.stringify(DECIMAL_PATTERN));
  });

  it("names types in the page's language: int64, open enums as strings, nullable, arrays, the event union", () => {
    const [en, zh] = [EVENT_PAGE_TEXT.en, EVENT_PAGE_TEXT["zh-CN"]];
    expect(typeText({ kind: "integer", format: "int64" }, en)).toBe("integer (int64)");
    expect(typeText({ kind: "integer", format: "int32", minimum: 400, maximum: 599 }, zh)).toBe("整数（int32，400 … 599）");
    expect(typeText({ kind: "array", items: { kind: "object" } }, en)).toBe("array of objects");
    expect(typeText({ kind: "array", items: { kind: "object" } }, zh)).toBe("对象数组");
    expect(typeText({ kind: "any", anyOf: [{ kind: "string" }, { kind: "null" }] }, zh)).toBe("字符串 或 null");
    const catalog = readEventCatalog("en");
    const field = (event: string, path: string) => catalog.events.find((entry) => entry.type === event)?.fields.find((entry) => entry.path === path);
    expect(field("executionReport", "x")).toMatchObject({ type: { kind: "string" }, openValues: true, required: true });
    expect(field("executionReport", "x")?.values).toContain("TRADE_PREVENTION");
    expect(field("executionReport", "eR")).toMatchObject({ required: false, openValues: true });
    expect(field("executionReport", "N")?.type.anyOf?.map((member) => member.kind)).toEqual(["string", "null"]);
    expect(catalog.messages.find((message) => message.key === "userDataEvent")?.fields.find((entry) => entry.path === "event")?.type.kind).toBe("event");
  });
});
