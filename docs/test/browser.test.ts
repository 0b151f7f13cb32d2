import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";
import { createStaticServer } from "../scripts/site/static-server.mjs";
import { REPO_ROOT, SITE_DIR, TEST_OUTPUT_DIR } from "./support/paths.js";

// Opens the built site in headless Chromium, served by the same server module
// as `npm run serve`, and checks what a reader gets: the right language, the
// operation rendered from the spec, a working language switcher, no console
// errors and not one request to any host but the local server.

const OPERATION_ROUTE = "#/margin-trading/margincanceloco";

// How long Redoc may take to render a route: it hydrates a 2.6 MB page and renders an operation
// on demand, which takes seconds on a busy 2-core machine. A poll passes as soon as it holds.
const RENDER = { timeout: 30_000 } as const;

// The seven margin order-list operations: Redoc route, title per locale and
// the spec/samples file shown as its TypeScript x-codeSamples entry.
const OPERATIONS = [
  { route: "#/margin-trading/marginnewoco", sample: "new-oco.ts", en: "Margin Account New OCO (TRADE)", "zh-CN": "杠杆账户 OCO 下单(TRADE)" },
  { route: "#/margin-trading/marginnewoto", sample: "new-oto.ts", en: "Margin Account New OTO (TRADE)", "zh-CN": "杠杆账户 OTO 下单(TRADE)" },
  { route: "#/margin-trading/marginnewotoco", sample: "new-otoco.ts", en: "Margin Account New OTOCO (TRADE)", "zh-CN": "杠杆账户 OTOCO 下单(TRADE)" },
  { route: "#/margin-trading/margingetoco", sample: "query-oco.ts", en: "Query Margin Account's OCO (USER_DATA)", "zh-CN": "查询杠杆账户 OCO(USER_DATA)" },
  { route: "#/margin-trading/margingetalloco", sample: "query-all-oco.ts", en: "Query Margin Account's all OCO (USER_DATA)", "zh-CN": "查询特定杠杆账户所有 OCO(USER_DATA)" },
  { route: "#/margin-trading/margingetopenoco", sample: "query-open-oco.ts", en: "Query Margin Account's Open OCO (USER_DATA)", "zh-CN": "查询杠杆账户 OCO 挂单(USER_DATA)" },
  { route: OPERATION_ROUTE, sample: "cancel-oco.ts", en: "Margin Account Cancel OCO (TRADE)", "zh-CN": "取消杠杆账户 OCO 订单(TRADE)" },
] as const;

/** The line of a spec sample that makes the call, e.g. `... = await client.POST("/sapi/v1/margin/order/oco", {`. */
function callLine(sample: string): string {
  const source = readFileSync(join(REPO_ROOT, "spec", "samples", sample), "utf8");
  const line = source.split("\n").find((candidate) => /await client\.(GET|POST|DELETE)\(/.test(candidate));
  if (!line) throw new Error(`spec/samples/${sample} makes no client call.`);
  return line.trim();
}

const LOCALES = {
  en: {
    prefix: "",
    htmlLang: "en",
    title: "Margin Account Cancel OCO (TRADE)",
    parameterDescriptions: ["Trading pair of the order list, in upper case", "For isolated margin or not", "Used to uniquely identify this cancel"],
    landingHeading: "sapi-kit",
    switchLabel: "简体中文",
    // Every UI string Redoc CE 3.0.1 lets the site set (docs/README.md lists the rest).
    redocUi: { download: "OpenAPI description in English (YAML)", tags: ["General", "Margin Trading"] },
    specFile: "openapi.en.yaml",
    // The event reference (spec/asyncapi.yaml): the listStatus section, one field's description, the token call's Redoc heading.
    events: { field: "Id of the order list.", valuesLabel: "Known values (others are passed through):", tokenCall: "Create Margin Account listenToken (USER_STREAM)" },
  },
  "zh-CN": {
    prefix: "zh-CN/",
    htmlLang: "zh-CN",
    title: "取消杠杆账户 OCO 订单(TRADE)",
    parameterDescriptions: ["订单列表所属的交易对，需大写", "是否逐仓杠杆", "用户自定义的本次撤销操作的ID"],
    landingHeading: "sapi-kit",
    switchLabel: "English",
    redocUi: { download: "简体中文 OpenAPI 描述文件（YAML）", tags: ["通用接口", "杠杆交易"] },
    specFile: "openapi.zh-CN.yaml",
    events: { field: "订单列表 ID。", valuesLabel: "已知取值（其他取值原样保留）：", tokenCall: "创建杠杆账户 listenToken(USER_STREAM)" },
  },
} as const;
type LocaleCode = keyof typeof LOCALES;
const other = (code: LocaleCode): LocaleCode => (code === "en" ? "zh-CN" : "en");

let server: Server;
let origin: string;
let browser: Browser;

interface Watched {
  page: Page;
  /** HTTP status of the page's own document. */
  status: number | undefined;
  foreignRequests: string[];
  consoleErrors: string[];
}

async function openWatched(path: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.hostname !== "127.0.0.1") foreignRequests.push(request.url());
  });
  // Belt and braces: even if something tried, it must not leave the machine.
  await page.route((url) => url.hostname !== "127.0.0.1" && url.protocol.startsWith("http"), (route) => route.abort());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  const response = await page.goto(`${origin}/${path}`, { waitUntil: "networkidle" });
  return { page, status: response?.status(), foreignRequests, consoleErrors };
}

beforeAll(async () => {
  if (!existsSync(join(SITE_DIR, "index.html"))) throw new Error("docs/site is not built: run `npm run build` in docs/ first.");
  const executablePath = ensureChromium();
  server = createStaticServer(SITE_DIR);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
}, 15 * 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe.each(Object.keys(LOCALES) as LocaleCode[])("%s site in Chromium", (code) => {
  const locale = LOCALES[code];

  it("renders the reference: html lang, operation title and parameter descriptions in this language", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}reference/${OPERATION_ROUTE}`);
    try {
      expect(await page.getAttribute("html", "lang")).toBe(locale.htmlLang);
      await expect.poll(() => page.getByRole("heading", { name: locale.title }).first().isVisible(), RENDER).toBe(true);
      for (const description of locale.parameterDescriptions) {
        await expect.poll(() => page.getByText(description).first().isVisible(), { ...RENDER, message: description }).toBe(true);
      }
      // The spec's x-codeSamples TypeScript sample is shown beside the operation.
      await expect.poll(() => page.getByText('import { createSigner } from "@sapi-kit/signer";').first().isVisible(), RENDER).toBe(true);
      // The other language's text must not leak in.
      expect(await page.getByText(LOCALES[other(code)].title).count()).toBe(0);
      await page.screenshot({ path: join(TEST_OUTPUT_DIR, `reference.${code}.png`) });
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Seven route changes, each rendered by Redoc.
  it("shows all seven order-list operations, each titled in this language with its tested TypeScript sample", { timeout: 180_000 }, async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}reference/${OPERATIONS[0].route}`);
    try {
      for (const operation of OPERATIONS) {
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, operation.route);
        const heading = page.getByRole("heading", { name: operation[code] }).first();
        await expect.poll(() => heading.isVisible(), { ...RENDER, message: operation.route }).toBe(true);
        // The right panel shows this operation's x-codeSamples source: its spec/samples file.
        await expect.poll(() => page.getByText(callLine(operation.sample)).first().isVisible(), { ...RENDER, message: operation.sample }).toBe(true);
        expect(await page.getByText(operation[other(code)]).count(), operation.route).toBe(0);
      }
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("sets every Redoc UI string Redoc lets us set in this language, and offers this locale's spec for download", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}reference/`);
    const theOther = LOCALES[other(code)];
    try {
      expect(await page.title()).toContain(code === "en" ? "API reference" : "API 参考");
      const sidebar = page.locator('#redoc [data-component-name="Menu/Menu"]').first();
      for (const tag of locale.redocUi.tags) {
        await expect.poll(() => sidebar.getByText(tag, { exact: true }).first().isVisible(), { ...RENDER, message: tag }).toBe(true);
      }
      for (const tag of theOther.redocUi.tags) expect(await sidebar.getByText(tag, { exact: true }).count(), tag).toBe(0);
      // Redoc titles the panel "Download OpenAPI description" itself (not settable); its one entry is ours.
      const downloads = page.locator("#redoc a[download]");
      const download = downloads.filter({ hasText: locale.redocUi.download }).first();
      await expect.poll(() => download.isVisible(), RENDER).toBe(true);
      expect(await downloads.filter({ hasText: theOther.redocUi.download }).count()).toBe(0);
      for (const link of await downloads.all()) expect(await link.getAttribute("href")).toBe(locale.specFile);
      // The link stays on this site and serves this locale's monolingual bundle.
      const href = await download.getAttribute("href");
      expect(href).toBe(locale.specFile);
      const bundle = await page.request.get(new URL(href ?? "", page.url()).toString());
      expect(bundle.status()).toBe(200);
      const text = await bundle.text();
      expect(text).toContain(locale.title);
      expect(text).not.toContain(theOther.title);
      await page.screenshot({ path: join(TEST_OUTPUT_DIR, `reference-info.${code}.png`) });
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("makes every Redoc link a hash route of this page, so a sidebar entry opened in a new tab lands on its section", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}reference/`);
    try {
      const sidebar = page.locator('#redoc [data-component-name="Menu/Menu"]').first();
      // Opening each tag group renders its operations' entries too.
      for (const tag of locale.redocUi.tags) {
        await sidebar.getByText(tag, { exact: true }).first().click();
      }
      await expect.poll(() => sidebar.locator(`a[href="${OPERATION_ROUTE}"]`).count(), RENDER).toBe(1);
      // Redoc prerenders its links as root paths ("/general"); hydrated, it routes by hash. No link may
      // stay a root path: in a new tab it would leave the reference page (the static server answers 404).
      const hrefs = await page.locator("#redoc a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      expect(hrefs.filter((href) => href.startsWith("/"))).toEqual([]);
      const sidebarHrefs = await sidebar.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      expect(sidebarHrefs.filter((href) => !href.startsWith("#/"))).toEqual([]);
      const entries = [
        ...locale.redocUi.tags.map((tag, index) => ({ route: ["#/general", "#/margin-trading"][index] ?? "", heading: tag })),
        ...OPERATIONS.map((operation) => ({ route: operation.route, heading: operation[code] })),
      ];
      expect(sidebarHrefs).toEqual(expect.arrayContaining(entries.map((entry) => entry.route)));
      // Each tag and one operation (every operation's route is shown above, by hash): a page load each.
      for (const entry of entries.slice(0, locale.redocUi.tags.length + 1)) {
        // What "open in new tab" does: a fresh page on the link's absolute URL.
        const url = new URL(entry.route, page.url()).toString();
        const tab = await openWatched(url.slice(origin.length + 1));
        try {
          expect(tab.status, entry.route).toBe(200);
          expect(new URL(tab.page.url()).pathname, entry.route).toBe(`/${locale.prefix}reference/`);
          await expect.poll(() => tab.page.getByRole("heading", { name: entry.heading }).first().isVisible(), { ...RENDER, message: entry.route }).toBe(true);
          expect(tab.foreignRequests).toEqual([]);
          expect(tab.consoleErrors).toEqual([]);
        } finally {
          await tab.page.close();
        }
      }
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it("switches language on the reference page and stays on the same operation", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}reference/${OPERATION_ROUTE}`);
    try {
      await page.locator(".locale-switcher a", { hasText: locale.switchLabel }).click();
      await page.waitForLoadState("networkidle");
      const target = LOCALES[other(code)];
      expect(page.url()).toBe(`${origin}/${target.prefix}reference/index.html${OPERATION_ROUTE}`);
      expect(await page.getAttribute("html", "lang")).toBe(target.htmlLang);
      await expect.poll(() => page.getByRole("heading", { name: target.title }).first().isVisible(), RENDER).toBe(true);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows the event reference in this language, switches to the same event, and links the token call in this language's API reference", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}events/index.html#event-listStatus`);
    const target = LOCALES[other(code)];
    try {
      expect(await page.getAttribute("html", "lang")).toBe(locale.htmlLang);
      const event = page.locator("#event-listStatus");
      expect(await event.getByRole("heading", { name: "listStatus" }).isVisible()).toBe(true);
      const orderListId = event.locator('tr[data-field="g"]');
      expect(await orderListId.getByText(locale.events.field).isVisible()).toBe(true);
      expect(await event.getByText(locale.events.valuesLabel).first().isVisible()).toBe(true);
      expect(await page.getByText(target.events.field, { exact: true }).count()).toBe(0);
      await page.screenshot({ path: join(TEST_OUTPUT_DIR, `events.${code}.png`) });

      await page.locator(".locale-switcher a", { hasText: locale.switchLabel }).click();
      await page.waitForLoadState("networkidle");
      expect(page.url()).toBe(`${origin}/${target.prefix}events/index.html#event-listStatus`);
      expect(await page.getAttribute("html", "lang")).toBe(target.htmlLang);
      expect(await page.locator('#event-listStatus tr[data-field="g"]').getByText(target.events.field).isVisible()).toBe(true);

      await page.goto(`${origin}/${locale.prefix}events/index.html`, { waitUntil: "networkidle" });
      await page.locator(`a[href$="#/margin-trading/margincreatelistentoken"]`).first().click();
      await page.waitForLoadState("networkidle");
      expect(new URL(page.url()).pathname).toBe(`/${locale.prefix}reference/index.html`);
      await expect.poll(() => page.getByRole("heading", { name: locale.events.tokenCall }).first().isVisible(), RENDER).toBe(true);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("serves the landing page and a guide in this language, and switches a guide to the same section", async () => {
    const { page, foreignRequests, consoleErrors } = await openWatched(`${locale.prefix}`);
    try {
      expect(await page.getAttribute("html", "lang")).toBe(locale.htmlLang);
      await page.screenshot({ path: join(TEST_OUTPUT_DIR, `landing.${code}.png`), fullPage: true });
      await page.goto(`${origin}/${locale.prefix}guides/errors-and-retries.html#unknown-status`, { waitUntil: "networkidle" });
      expect(await page.locator("#unknown-status").isVisible()).toBe(true);
      await page.locator(".locale-switcher a", { hasText: locale.switchLabel }).click();
      await page.waitForLoadState("networkidle");
      const target = LOCALES[other(code)];
      expect(page.url()).toBe(`${origin}/${target.prefix}guides/errors-and-retries.html#unknown-status`);
      expect(await page.getAttribute("html", "lang")).toBe(target.htmlLang);
      expect(await page.locator("#unknown-status").isVisible()).toBe(true);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
