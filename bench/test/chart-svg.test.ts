import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHART_LANGUAGES, estimateTextWidth, FONT_FAMILY, niceCeiling, renderChartSvg, wrapText } from "../lib/chart-svg.mjs";

// The chart's structure, not its pixels: which rows, bars, values and notes
// it draws for a given results file, that bar lengths follow the numbers,
// and that the SVG stands alone (no fonts, images or scripts to fetch).

type Row = Record<string, unknown> & { id: string; label: string };

function fixture(): { contenders: Row[]; [key: string]: unknown } {
  return {
    generatedAt: "2026-01-02T03:04:05.000Z",
    environment: { node: "v20.20.2", platform: "linux-x64", cpus: 2, loadAverage: { atStart: [1.25, 1, 1], atEnd: [1, 1, 1] } },
    quick: false,
    config: { rounds: 24, sequentialCalls: 25, concurrentBatches: 1, warmupCalls: 200, coldStartSamples: 7 },
    floor: { id: "raw-node-http", label: "raw node:http + node:crypto" },
    contenders: [
      {
        id: "raw-node-http",
        label: "raw node:http + node:crypto",
        floor: true,
        sequential: { medianUs: 700, samples: 600, ratio: 1 },
        concurrent: { medianUs: 600, samples: 24, concurrency: 64, ratio: 1 },
        coldStart: { ms: 30, overFloorMs: 0, importMs: 0 },
      },
      {
        id: "raw-fetch-node-crypto",
        label: "raw fetch + node:crypto",
        reference: true,
        sequential: { medianUs: 800, samples: 600, ratio: 1.143 },
        concurrent: { medianUs: 660, samples: 24, concurrency: 64, ratio: 1.1 },
        coldStart: { ms: 31.5, overFloorMs: 1.5, importMs: 0 },
      },
      {
        id: "sapi-kit",
        label: "@sapi-kit/client + signer",
        sequential: { medianUs: 750, samples: 600, ratio: 1.071 },
        concurrent: { medianUs: 630, samples: 24, concurrency: 64, ratio: 1.05 },
        coldStart: { ms: 38, overFloorMs: 8, importMs: 5 },
        bundle: { minifiedBytes: 15000, gzipBytes: 5990, platform: "browser" },
        bundleHmacOnly: { minifiedBytes: 12000, gzipBytes: 4800, platform: "browser" },
      },
      {
        id: "peer",
        label: "peer <SDK> & co",
        sequential: { medianUs: 1400, samples: 600, ratio: 2 },
        concurrent: { medianUs: 900, samples: 24, concurrency: 64, ratio: 1.5 },
        coldStart: { ms: 330, overFloorMs: 300, importMs: 290 },
        bundle: { minifiedBytes: 400000, gzipBytes: 119800, platform: "node", missing: ["protobufjs/minimal"] },
      },
    ],
    runtimes: [
      {
        id: "bun",
        label: "Bun",
        version: "1.4.5",
        hmac: { chosen: "Bun.CryptoHasher", usPerSign: { "node:crypto": 3.2, WebCrypto: 69.2, "Bun.CryptoHasher": 0.92 } },
        floor: { label: "raw fetch + Bun.CryptoHasher", sequential: { medianUs: 442, ratio: 1 }, concurrent: { medianUs: 458, ratio: 1 } },
        sapiKit: { label: "@sapi-kit/client + signer", sequential: { medianUs: 531, ratio: 1.2 }, concurrent: { medianUs: 472, ratio: 1.03 } },
      },
      {
        id: "deno",
        label: "Deno",
        version: "2.9.6",
        hmac: { chosen: "node:crypto", usPerSign: { "node:crypto": 11.4, WebCrypto: 113.1 } },
        floor: { label: "raw fetch + node:crypto", sequential: { medianUs: 738, ratio: 1 }, concurrent: { medianUs: 755, ratio: 1 } },
        sapiKit: { label: "@sapi-kit/client + signer", sequential: { medianUs: 1476, ratio: 2.5 }, concurrent: { medianUs: 980, ratio: 1.3 } },
      },
    ],
    heap: {
      flatLimitBytes: 1048576,
      rows: [
        {
          id: "raw-node-http",
          label: "raw node:http + node:crypto",
          readings: [
            { calls: 1000, heapUsedBytes: 4_690_000 },
            { calls: 10000, heapUsedBytes: 5_050_000 },
            { calls: 100000, heapUsedBytes: 5_170_000 },
          ],
          verdict: { verdict: "flat", fromCalls: 1000, toCalls: 100000, growthBytes: 480_000, bytesPerCall: 4.85, lastStretchGrowthBytes: 120_000 },
        },
        {
          id: "sapi-kit",
          label: "@sapi-kit/client + signer",
          readings: [
            { calls: 1000, heapUsedBytes: 7_280_000 },
            { calls: 10000, heapUsedBytes: 9_910_000 },
            { calls: 100000, heapUsedBytes: 9_730_000 },
          ],
          verdict: { verdict: "settles", fromCalls: 1000, toCalls: 100000, growthBytes: 2_450_000, bytesPerCall: 24.75, lastStretchGrowthBytes: -180_000 },
        },
      ],
    },
  };
}

type Element = { tag: string; attributes: Record<string, string>; text: string };

/** Every element of one tag, with attributes and (for <text>) content. Enough for a generated file. */
function elements(svg: string, tag: string): Element[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([^<]*)</${tag}>)`, "g");
  return [...svg.matchAll(pattern)].map((match) => ({
    tag,
    attributes: Object.fromEntries([...(match[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]])),
    text: unescapeXml(match[2] ?? ""),
  }));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

const bars = (svg: string) => elements(svg, "rect").filter((rect) => rect.attributes.class === "bar");
const barOf = (svg: string, contender: string, metric: string) =>
  bars(svg).find((rect) => rect.attributes["data-contender"] === contender && rect.attributes["data-metric"] === metric);
const printedValue = (svg: string, contender: string, metric: string) =>
  elements(svg, "text").find(
    (node) => node.attributes.class === "value" && node.attributes["data-contender"] === contender && node.attributes["data-metric"] === metric,
  )?.text;
const width = (element: Element | undefined) => Number(element?.attributes.width);

describe("chart SVG structure", () => {
  const results = fixture();
  const svg = renderChartSvg(results, "en");

  it("is one well-formed SVG document: every tag closed in order, only XML's own entities", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    const open: string[] = [];
    for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (closing) expect(open.pop(), tag).toBe(name);
      else if (!selfClosing) open.push(name as string);
    }
    expect(open).toEqual([]);
    for (const [entity] of svg.matchAll(/&[^;\s]*;?/g)) expect(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]).toContain(entity);
  });

  it("names every contender once, in the results' order", () => {
    const names = elements(svg, "text").filter((node) => node.attributes.class === "contender");
    expect(names.map((node) => node.attributes["data-contender"])).toEqual(results.contenders.map((row) => row.id));
    expect(names.map((node) => node.text)).toEqual(results.contenders.map((row) => row.label));
  });

  it("draws per-call ratios, cold start and size as bars carrying the measured values", () => {
    // Panel by panel: per call (two bars a row), cold start, size (rows that have a bundle).
    const rows = results.contenders as Array<Row & { sequential: { ratio: number }; concurrent: { ratio: number }; coldStart: { ms: number }; bundle?: { gzipBytes: number } }>;
    const expected = [
      ...rows.flatMap((row) => [
        [row.id, "sequential", row.sequential.ratio],
        [row.id, "concurrent", row.concurrent.ratio],
      ]),
      ...rows.map((row) => [row.id, "coldStart", row.coldStart.ms]),
      ...rows.filter((row) => row.bundle).map((row) => [row.id, "size", row.bundle?.gzipBytes]),
    ];
    const drawn = bars(svg)
      .filter((rect) => !/^(runtime|heap):/.test(rect.attributes["data-contender"] ?? ""))
      .map((rect) => [rect.attributes["data-contender"], rect.attributes["data-metric"], Number(rect.attributes["data-value"])]);
    expect(drawn).toEqual(expected);
  });

  it("sizes bars in proportion to their values within each panel", () => {
    const base = width(barOf(svg, "raw-node-http", "sequential"));
    expect(width(barOf(svg, "peer", "sequential")) / base).toBeCloseTo(2, 1);
    expect(width(barOf(svg, "sapi-kit", "concurrent")) / base).toBeCloseTo(1.05, 1);
    expect(width(barOf(svg, "peer", "coldStart")) / width(barOf(svg, "raw-node-http", "coldStart"))).toBeCloseTo(11, 1);
    expect(width(barOf(svg, "peer", "size")) / width(barOf(svg, "sapi-kit", "size"))).toBeCloseTo(119800 / 5990, 0);
  });

  it("marks the floor with a line where a 1.00x bar ends, across the Node rows and the runtime rows", () => {
    const lines = elements(svg, "line").filter((node) => node.attributes.class === "floor-line");
    expect(lines).toHaveLength(2);
    const floorBar = barOf(svg, "raw-node-http", "sequential");
    for (const line of lines) expect(Number(line.attributes.x1)).toBeCloseTo(Number(floorBar?.attributes.x) + width(floorBar), 0);
  });

  it("prints the numbers: ratios, ms, difference to the floor, kB, the HMAC-only size", () => {
    expect(printedValue(svg, "sapi-kit", "sequential")).toBe("1.07×");
    expect(printedValue(svg, "peer", "concurrent")).toBe("1.50×");
    expect(printedValue(svg, "raw-fetch-node-crypto", "coldStart")).toBe("32 ms");
    expect(printedValue(svg, "raw-fetch-node-crypto", "coldStartOverFloor")).toBe("+1.5 ms vs the floor");
    expect(printedValue(svg, "sapi-kit", "coldStartOverFloor")).toBe("+8.0 ms vs the floor");
    expect(printedValue(svg, "raw-node-http", "coldStartOverFloor")).toBeUndefined();
    expect(printedValue(svg, "sapi-kit", "size")).toBe("6.0 kB");
    expect(printedValue(svg, "sapi-kit", "sizeHmacOnly")).toBe("HMAC only: 4.8 kB");
    // Node-only bundle (*) and a bundle with missing optional dependencies (≥).
    expect(printedValue(svg, "peer", "size")).toBe("≥120 kB*");
    expect(printedValue(svg, "raw-node-http", "size")).toBe("no package to bundle");
  });

  it("explains the * and ≥ marks only when a row uses them, and flags a smoke run", () => {
    const footnotes = () => elements(svg, "text").filter((node) => node.attributes.class === "footnote").map((node) => node.text).join(" ");
    expect(footnotes()).toContain("* Node only");
    expect(footnotes()).toContain("≥ optional dependencies");
    expect(footnotes()).not.toContain("--quick");
    const plain = fixture();
    plain.contenders = plain.contenders.filter((row) => row.id !== "peer");
    plain.quick = true;
    const other = renderChartSvg(plain, "en");
    const otherNotes = elements(other, "text").filter((node) => node.attributes.class === "footnote").map((node) => node.text).join(" ");
    expect(otherNotes).not.toContain("Node only");
    expect(otherNotes).not.toContain("≥");
    expect(otherNotes).toContain("--quick");
  });

  it("shows a dash, not a zero-length bar, for a value that was not measured", () => {
    const partial = fixture();
    delete (partial.contenders[2] as Record<string, unknown>).coldStart;
    const drawn = renderChartSvg(partial, "en");
    expect(barOf(drawn, "sapi-kit", "coldStart")).toBeUndefined();
    expect(printedValue(drawn, "sapi-kit", "coldStart")).toBe("—");
  });

  it("highlights sapi-kit's row", () => {
    const bands = elements(svg, "rect").filter((rect) => rect.attributes.class === "highlight");
    expect(bands).toHaveLength(1);
    const sapiKitIndex = results.contenders.findIndex((row) => row.id === "sapi-kit");
    const firstRowTop = Number(elements(svg, "rect").find((rect) => rect.attributes.class === "bar")?.attributes.y) - 7;
    expect(Number(bands[0]?.attributes.y)).toBe(firstRowTop + sapiKitIndex * 40);
  });

  it("escapes names and gives the whole data as text for screen readers", () => {
    expect(svg).toContain("peer &lt;SDK&gt; &amp; co");
    const [desc] = elements(svg, "desc");
    expect(desc?.text).toContain("@sapi-kit/client + signer, sequential 1.07×, 64 concurrent 1.05×, Cold start 38 ms, Bundle size 6.0 kB");
  });

  it("is deterministic and leaves the results untouched", () => {
    const before = JSON.stringify(results);
    expect(renderChartSvg(results, "en")).toBe(svg);
    expect(JSON.stringify(results)).toBe(before);
  });

  it("refuses what it cannot draw", () => {
    expect(() => renderChartSvg(results, "fr")).toThrow(/fr/);
    expect(() => renderChartSvg({ ...results, contenders: [] }, "en")).toThrow(/empty/);
  });
});

describe("chart: Bun and Deno rows", () => {
  const results = fixture();
  const svg = renderChartSvg(results, "en");

  it("draw one row per runtime, named with its version and the HMAC its floor uses", () => {
    const names = elements(svg, "text").filter((node) => node.attributes.class === "runtime");
    expect(names.map((node) => [node.attributes["data-runtime"], node.text])).toEqual([
      ["bun", "sapi-kit on Bun 1.4.5"],
      ["deno", "sapi-kit on Deno 2.9.6"],
    ]);
    const texts = elements(svg, "text").map((node) => node.text);
    expect(texts).toContain("÷ raw fetch + Bun.CryptoHasher");
    expect(texts).toContain("÷ raw fetch + node:crypto");
  });

  it("draw sapi-kit's paired ratios on the same scale as the Node rows, and print both sides' µs", () => {
    expect(Number(barOf(svg, "runtime:bun", "sequential")?.attributes["data-value"])).toBe(1.2);
    expect(printedValue(svg, "runtime:deno", "concurrent")).toBe("1.30×");
    const base = width(barOf(svg, "raw-node-http", "sequential"));
    expect(width(barOf(svg, "runtime:deno", "sequential")) / base).toBeCloseTo(2.5, 1);
    expect(printedValue(svg, "runtime:bun", "runtimeOurUs")).toBe("sapi-kit: 531 / 472 µs per call");
    expect(printedValue(svg, "runtime:bun", "runtimeFloorUs")).toBe("raw fetch: 442 / 458 µs (sequential / 64 concurrent)");
  });

  it("widen the ratio axis for a runtime ratio beyond every Node row", () => {
    const wide = fixture();
    const [, deno] = wide.runtimes as Array<{ sapiKit: { sequential: { ratio: number } } }>;
    if (deno) deno.sapiKit.sequential.ratio = 9;
    const drawn = renderChartSvg(wide, "en");
    const axis = elements(drawn, "text")
      .filter((node) => node.attributes["text-anchor"] === "middle")
      .map((node) => node.text);
    expect(axis.at(-1)).toBe("10×");
  });

  it("explain the method in a footnote, in both languages", () => {
    const footnotes = (chart: string) => elements(chart, "text").filter((node) => node.attributes.class === "footnote").map((node) => node.text).join(" ");
    expect(footnotes(svg)).toContain("fastest HMAC the runtime has");
    expect(footnotes(renderChartSvg(results, "zh-CN"))).toContain("最快的 HMAC");
  });
});

describe("chart: heap check", () => {
  const results = fixture();
  const svg = renderChartSvg(results, "en");

  it("draws the heap after the first and the last checkpoint for each row, with the values", () => {
    expect(Number(barOf(svg, "heap:sapi-kit", "heapFirst")?.attributes["data-value"])).toBe(7_280_000);
    expect(Number(barOf(svg, "heap:sapi-kit", "heapLast")?.attributes["data-value"])).toBe(9_730_000);
    expect(width(barOf(svg, "heap:sapi-kit", "heapLast")) / width(barOf(svg, "heap:raw-node-http", "heapLast"))).toBeCloseTo(9.73 / 5.17, 1);
    expect(printedValue(svg, "heap:sapi-kit", "heapFirst")).toBe("after 1,000: 7.28 MB");
    expect(printedValue(svg, "heap:raw-node-http", "heapLast")).toBe("after 100,000: 5.17 MB");
  });

  it("titles the section with the checkpoints and prints each verdict, in both languages", () => {
    expect(elements(svg, "text").map((node) => node.text)).toContain("Heap after 100,000 calls vs after 1,000 (Node, forced GC)");
    expect(printedValue(svg, "heap:raw-node-http", "heapVerdict")).toBe("+0.48 MB: flat");
    expect(printedValue(svg, "heap:sapi-kit", "heapVerdict")).toBe("+2.45 MB: grew once, then flat");
    const zh = renderChartSvg(results, "zh-CN");
    expect(printedValue(zh, "heap:sapi-kit", "heapVerdict")).toBe("+2.45 MB：一次性增长后平稳");
    expect(printedValue(zh, "heap:sapi-kit", "heapFirst")).toBe("1,000 次后：7.28 MB");
  });

  it("leaves both sections out of results that have none, footnotes included", () => {
    const plain = fixture();
    delete plain.runtimes;
    delete plain.heap;
    const drawn = renderChartSvg(plain, "en");
    expect(bars(drawn).filter((rect) => /^(runtime|heap):/.test(rect.attributes["data-contender"] ?? ""))).toEqual([]);
    expect(elements(drawn, "line").filter((node) => node.attributes.class === "floor-line")).toHaveLength(1);
    expect(drawn).not.toContain("Bun and Deno");
    expect(drawn).not.toContain("Heap");
    expect(Number(drawn.match(/height="(\d+)"/)?.[1])).toBeLessThan(Number(svg.match(/height="(\d+)"/)?.[1]));
  });
});

describe("chart languages", () => {
  const results = fixture();

  it("exist in English and Simplified Chinese", () => {
    expect([...CHART_LANGUAGES]).toEqual(["en", "zh-CN"]);
  });

  it("label the English chart in English and the Chinese one in Chinese, same bars", () => {
    const en = renderChartSvg(results, "en");
    const zh = renderChartSvg(results, "zh-CN");
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).toContain('lang="en"');
    expect(zh).toContain('lang="zh-CN"');
    expect(elements(zh, "title")[0]?.text).toMatch(/[\u4e00-\u9fff]/);
    const zhNames = elements(zh, "text").filter((node) => node.attributes.class === "contender").map((node) => node.text);
    expect(zhNames[0]).toBe("原生 node:http + node:crypto");
    expect(zhNames[2]).toBe("@sapi-kit/client + signer");
    expect(printedValue(zh, "sapi-kit", "coldStart")).toBe("38 毫秒");
    expect(bars(zh)).toEqual(bars(en));
  });

  it("need nothing from outside: no links, images, scripts, styles or web fonts; CJK fonts before the generic fallback", () => {
    for (const language of CHART_LANGUAGES) {
      const svg = renderChartSvg(results, language);
      expect(svg).not.toMatch(/href=|<image|<script|<style|@import|@font-face|url\(|<foreignObject/i);
      expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    }
    const families = FONT_FAMILY.split(",").map((family) => family.trim());
    expect(families.at(-1)).toBe("sans-serif");
    for (const cjk of ["'Noto Sans CJK SC'", "'PingFang SC'", "'Microsoft YaHei'"]) expect(families.indexOf(cjk)).toBeGreaterThan(-1);
  });
});

describe("text layout helpers", () => {
  it("wrap English at spaces and Chinese between characters, within the width", () => {
    const english = "Cold start: a fresh Node process imports the package and sends its first signed call; median of 7.";
    const lines = wrapText(english, 11, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(english);
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(200);
    const chinese = "冷启动：在全新的 Node 进程中导入包并发送第一个签名请求，取 7 次的中位数。";
    const zhLines = wrapText(chinese, 11, 120);
    expect(zhLines.length).toBeGreaterThan(1);
    expect(zhLines.join("").replace(/\s/g, "")).toBe(chinese.replace(/\s/g, ""));
    for (const line of zhLines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(120);
  });

  it("count a Chinese character as wider than a Latin letter", () => {
    expect(estimateTextWidth("冷", 10)).toBeGreaterThan(estimateTextWidth("a", 10));
  });

  it("round axis maxima up to a round multiple of a power of ten", () => {
    expect([0.75, 1, 1.2, 2.1, 2.55, 3.2, 7, 120, 0].map(niceCeiling)).toEqual([0.8, 1, 1.5, 2.5, 3, 4, 8, 150, 1]);
  });
});

describe("committed charts", () => {
  it("are what bench/results.json draws (regenerate with `node bench/render-chart.mjs`)", () => {
    const committed = JSON.parse(readFileSync(new URL("../results.json", import.meta.url), "utf8"));
    for (const language of CHART_LANGUAGES) {
      const file = readFileSync(new URL(`../chart.${language}.svg`, import.meta.url), "utf8");
      expect(file, `bench/chart.${language}.svg is stale`).toBe(renderChartSvg(committed, language));
    }
  });
});
