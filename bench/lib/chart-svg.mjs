// Draws bench/results.json as one self-contained SVG: per-call time as a
// ratio to the floor (sequential and 64-way), cold start, and min+gzip size,
// one row per contender on Node; then sapi-kit's ratio to each other
// runtime's own floor (Bun, Deno), and the heap check. Pure: the same results and language give the same
// bytes; no I/O, no clock, no external fonts or images, so it renders the
// same in a GitHub README (<img>, no scripts) and on the offline docs site.
import { CHART_LABELS, CONTENDER_NAMES } from "./chart-labels.mjs";

export const CHART_LANGUAGES = Object.freeze(Object.keys(CHART_LABELS));

// System fonts only. The CJK families come before the generic fallback so
// that Chinese labels never fall back to a font without the glyphs.
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const WIDTH = 880;
const MARGIN = 16;
const ROW_HEIGHT = 40;
const HEADER_TOP = 96;
const ROWS_TOP = 126;
const COLOR = Object.freeze({
  text: "#1f2328",
  muted: "#59636e",
  grid: "#d8dee4",
  highlight: "#eef4ff",
  sequential: "#1f6feb",
  concurrent: "#8cb8f8",
  coldStart: "#1a7f64",
  size: "#8250df",
  floor: "#59636e",
  heapFirst: "#c9a0f0",
  heapLast: "#8250df",
});
// Panel geometry: x, width, and the room kept right of the longest bar for its value.
const LABELS_X = MARGIN;
const PANELS = Object.freeze({
  perCall: { x: 222, width: 250, valueRoom: 44 },
  coldStart: { x: 494, width: 180, valueRoom: 62 },
  size: { x: 692, width: 172, valueRoom: 72 },
});

// Room right of the heap bars for "after 100,000: 7.73 MB".
const HEAP_VALUE_ROOM = 128;

/** Rough advance width of a text, in px: enough to wrap lines and place legends without a font. */
export function estimateTextWidth(text, fontSize) {
  let em = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char)) em += 1;
    else if (/[ il.,:;'|!()[\]\-/]/.test(char)) em += 0.3;
    else if (/[A-Z@mwMW%×≥]/.test(char)) em += 0.72;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Splits a text into lines no wider than `maxWidth`: at spaces, or between CJK characters. */
export function wrapText(text, fontSize, maxWidth) {
  const pieces = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][，。；：、）」]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [];
  const lines = [];
  let line = "";
  for (const piece of pieces) {
    if (line && estimateTextWidth((line + piece).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]);
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

/** 1234.5 -> "1,235"; grouping done here so the output never depends on the ICU build. */
function grouped(value, digits) {
  const [whole, fraction] = Math.abs(value).toFixed(digits).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "−" : ""}${withCommas}${fraction ? `.${fraction}` : ""}`;
}

function formatMs(value) {
  return grouped(value, Math.abs(value) < 10 ? 1 : 0);
}

function formatDelta(value) {
  return `${value >= 0 ? "+" : ""}${formatMs(value)}`;
}

function formatKb(bytes) {
  const kB = bytes / 1000;
  return grouped(kB, kB < 100 ? 1 : 0);
}

/** The smallest "nice" upper bound (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n) at or above `value`. */
export function niceCeiling(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value - 1e-9) return step * power;
  }
  return 10 * power;
}

function text(x, y, content, { size = 12, weight, color = COLOR.text, anchor, attributes = "" } = {}) {
  const parts = [`x="${x}"`, `y="${y}"`, `font-size="${size}"`];
  if (weight) parts.push(`font-weight="${weight}"`);
  if (color !== COLOR.text) parts.push(`fill="${color}"`);
  if (anchor) parts.push(`text-anchor="${anchor}"`);
  return `<text ${parts.join(" ")}${attributes}>${escapeXml(content)}</text>`;
}

function bar({ x, y, width, height, color, contender, metric, value }) {
  const drawn = Math.max(width, value > 0 ? 1.5 : 0);
  return `<rect class="bar" data-contender="${escapeXml(contender)}" data-metric="${metric}" data-value="${value}" x="${round1(x)}" y="${y}" width="${round1(drawn)}" height="${height}" rx="2" fill="${color}"/>`;
}

function valueText(x, y, content, contender, metric, options = {}) {
  return text(round1(x), y, content, { size: 11, ...options, attributes: ` class="value" data-contender="${escapeXml(contender)}" data-metric="${metric}"` });
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

/** The two per-call ratio bars of one row (sequential, 64-way) and their values, on the per-call panel's scale. */
function ratioBars({ top, id, timings, scale, labels }) {
  const panel = PANELS.perCall;
  const out = [];
  for (const [metric, offset, color] of [
    ["sequential", 7, COLOR.sequential],
    ["concurrent", 21, COLOR.concurrent],
  ]) {
    const value = timings[metric]?.ratio;
    if (!isNumber(value)) {
      out.push(valueText(panel.x + 2, top + offset + 10, labels.notMeasured, id, metric, { color: COLOR.muted }));
      continue;
    }
    out.push(bar({ x: panel.x, y: top + offset, width: scale(value) - panel.x, height: 12, color, contender: id, metric, value }));
    // Values in a right-aligned column: comparable at a glance, never crossed by the floor line.
    out.push(valueText(panel.x + panel.width, top + offset + 10, `${value.toFixed(2)}×`, id, metric, { anchor: "end" }));
  }
  return out;
}

function floorLine(scale, y1, y2) {
  const x = round1(scale(1));
  return `<line class="floor-line" x1="${x}" y1="${y1}" x2="${x}" y2="${y2}" stroke="${COLOR.floor}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
}

function panelHeader(panel, title, subtitle) {
  return [text(panel.x, HEADER_TOP, title, { size: 13, weight: 600 }), text(panel.x, HEADER_TOP + 16, subtitle, { size: 11, color: COLOR.muted })];
}

/**
 * @param {object} results the contents of bench/results.json
 * @param {string} language "en" or "zh-CN"
 * @param {{ highlight?: string }} [options] the contender drawn on a tinted band (default "sapi-kit")
 * @returns {string} an SVG document
 */
export function renderChartSvg(results, language, { highlight = "sapi-kit" } = {}) {
  const labels = CHART_LABELS[language];
  if (!labels) throw new TypeError(`No chart labels for '${language}' (known: ${CHART_LANGUAGES.join(", ")}).`);
  const rows = results.contenders ?? [];
  if (rows.length === 0) throw new TypeError("results.contenders is empty: nothing to draw.");
  const names = CONTENDER_NAMES[language] ?? {};
  const rowsBottom = ROWS_TOP + rows.length * ROW_HEIGHT;
  const runtimes = results.runtimes ?? [];
  const heapRows = results.heap?.rows ?? [];
  const out = [];

  // Title, subtitle, legend.
  const environment = results.environment ?? {};
  const load = environment.loadAverage?.atStart?.[0];
  out.push(text(MARGIN, 30, labels.title, { size: 16, weight: 700 }));
  out.push(
    text(
      MARGIN,
      50,
      fill(labels.subtitle, {
        node: environment.node ?? "?",
        platform: environment.platform ?? "?",
        cpus: environment.cpus ?? "?",
        load: isNumber(load) ? load.toFixed(2) : "?",
        date: String(results.generatedAt ?? "").slice(0, 10) || "?",
      }),
      { size: 12, color: COLOR.muted },
    ),
  );
  let legendX = MARGIN;
  const legendY = 72;
  for (const [label, color] of [
    [labels.legendSequential, COLOR.sequential],
    [labels.legendConcurrent, COLOR.concurrent],
  ]) {
    out.push(`<rect x="${legendX}" y="${legendY - 9}" width="12" height="10" rx="2" fill="${color}"/>`);
    out.push(text(legendX + 17, legendY, label, { size: 11 }));
    legendX += 17 + estimateTextWidth(label, 11) + 18;
  }
  out.push(`<line x1="${round1(legendX + 6)}" y1="${legendY - 11}" x2="${round1(legendX + 6)}" y2="${legendY + 2}" stroke="${COLOR.floor}" stroke-width="1.5" stroke-dasharray="3 2"/>`);
  out.push(text(round1(legendX + 14), legendY, labels.legendFloor, { size: 11 }));

  // Row bands and contender names.
  rows.forEach((row, index) => {
    const top = ROWS_TOP + index * ROW_HEIGHT;
    if (row.id === highlight) out.push(`<rect class="highlight" x="${MARGIN - 8}" y="${top}" width="${WIDTH - 2 * MARGIN + 16}" height="${ROW_HEIGHT}" rx="4" fill="${COLOR.highlight}"/>`);
    const name = names[row.id] ?? row.label ?? row.id;
    const note = row.floor ? labels.floorNote : row.reference ? labels.referenceNote : "";
    const weight = row.id === highlight ? 700 : undefined;
    const attributes = ` class="contender" data-contender="${escapeXml(row.id)}"`;
    if (note) {
      out.push(text(LABELS_X, top + 17, name, { size: 12, weight, attributes }));
      out.push(text(LABELS_X, top + 32, note, { size: 10.5, color: COLOR.muted }));
    } else {
      out.push(text(LABELS_X, top + 24, name, { size: 12, weight, attributes }));
    }
  });

  // Panel 1: per-call ratio to the floor, two bars a row.
  let scale = (value) => value;
  {
    const panel = PANELS.perCall;
    out.push(...panelHeader(panel, labels.perCallTitle, labels.perCallSubtitle));
    const ratios = [
      ...rows.flatMap((row) => [row.sequential?.ratio, row.concurrent?.ratio]),
      ...runtimes.flatMap((runtime) => [runtime.sapiKit?.sequential?.ratio, runtime.sapiKit?.concurrent?.ratio]),
    ].filter(isNumber);
    const max = Math.max(1.5, niceCeiling(Math.max(...ratios, 1)));
    const span = panel.width - panel.valueRoom;
    scale = (value) => panel.x + (value / max) * span;
    const step = max <= 3 ? 0.5 : max <= 6 ? 1 : niceCeiling(max / 6);
    for (let tick = 0; tick <= max + 1e-9; tick += step) {
      const x = round1(scale(tick));
      out.push(`<line x1="${x}" y1="${ROWS_TOP}" x2="${x}" y2="${rowsBottom}" stroke="${COLOR.grid}" stroke-width="1"/>`);
      out.push(text(x, rowsBottom + 14, `${Number(tick.toFixed(2))}×`, { size: 10.5, color: COLOR.muted, anchor: "middle" }));
    }
    rows.forEach((row, index) => {
      out.push(...ratioBars({ top: ROWS_TOP + index * ROW_HEIGHT, id: row.id, timings: row, scale, labels }));
    });
    out.push(floorLine(scale, ROWS_TOP - 4, rowsBottom + 2));
  }

  // Panel 2: cold start in ms, and the difference to the floor's.
  {
    const panel = PANELS.coldStart;
    out.push(...panelHeader(panel, labels.coldStartTitle, labels.coldStartSubtitle));
    const max = Math.max(...rows.map((row) => row.coldStart?.ms).filter(isNumber), 1);
    const span = panel.width - panel.valueRoom;
    rows.forEach((row, index) => {
      const top = ROWS_TOP + index * ROW_HEIGHT;
      const value = row.coldStart?.ms;
      if (!isNumber(value)) {
        out.push(valueText(panel.x + 2, top + 24, labels.notMeasured, row.id, "coldStart", { color: COLOR.muted }));
        return;
      }
      const width = (value / max) * span;
      out.push(bar({ x: panel.x, y: top + 7, width, height: 13, color: COLOR.coldStart, contender: row.id, metric: "coldStart", value }));
      out.push(valueText(panel.x + Math.max(width, 1.5) + 4, top + 18, fill(labels.ms, { value: formatMs(value) }), row.id, "coldStart"));
      const delta = row.coldStart.overFloorMs;
      if (!row.floor && isNumber(delta)) {
        out.push(valueText(panel.x, top + 33, fill(labels.overFloor, { delta: formatDelta(delta) }), row.id, "coldStartOverFloor", { size: 10.5, color: COLOR.muted }));
      }
    });
  }

  // Panel 3: min+gzip bundle size.
  let anyNodeOnly = false;
  let anyMissing = false;
  {
    const panel = PANELS.size;
    out.push(...panelHeader(panel, labels.sizeTitle, labels.sizeSubtitle));
    const max = Math.max(...rows.map((row) => row.bundle?.gzipBytes).filter(isNumber), 1);
    const span = panel.width - panel.valueRoom;
    rows.forEach((row, index) => {
      const top = ROWS_TOP + index * ROW_HEIGHT;
      const value = row.bundle?.gzipBytes;
      if (!isNumber(value)) {
        out.push(valueText(panel.x, top + 24, labels.nothingToBundle, row.id, "size", { size: 10.5, color: COLOR.muted }));
        return;
      }
      const nodeOnly = row.bundle.platform !== "browser";
      const lowerBound = (row.bundle.missing ?? []).length > 0;
      anyNodeOnly ||= nodeOnly;
      anyMissing ||= lowerBound;
      const width = (value / max) * span;
      out.push(bar({ x: panel.x, y: top + 7, width, height: 13, color: COLOR.size, contender: row.id, metric: "size", value }));
      const shown = `${lowerBound ? "≥" : ""}${fill(labels.kB, { value: formatKb(value) })}${nodeOnly ? "*" : ""}`;
      out.push(valueText(panel.x + Math.max(width, 1.5) + 4, top + 18, shown, row.id, "size"));
      if (isNumber(row.bundleHmacOnly?.gzipBytes)) {
        const hmacOnly = fill(labels.hmacOnly, { size: fill(labels.kB, { value: formatKb(row.bundleHmacOnly.gzipBytes) }) });
        out.push(valueText(panel.x, top + 33, hmacOnly, row.id, "sizeHmacOnly", { size: 10.5, color: COLOR.muted }));
      }
    });
  }

  // Bun and Deno: sapi-kit's ratio to each runtime's own floor, on the per-call scale above.
  let sectionTop = rowsBottom + 30;
  if (runtimes.length > 0) {
    out.push(text(MARGIN, sectionTop + 14, labels.runtimesTitle, { size: 13, weight: 600 }));
    const top = sectionTop + 24;
    runtimes.forEach((runtime, index) => {
      const rowTop = top + index * ROW_HEIGHT;
      const id = `runtime:${runtime.id}`;
      const attributes = ` class="runtime" data-runtime="${escapeXml(runtime.id)}"`;
      out.push(text(LABELS_X, rowTop + 17, fill(labels.runtimeName, { runtime: runtime.label, version: runtime.version }), { size: 12, attributes }));
      out.push(text(LABELS_X, rowTop + 32, fill(labels.runtimeFloorNote, { hmac: runtime.hmac?.chosen ?? "?" }), { size: 10.5, color: COLOR.muted }));
      out.push(...ratioBars({ top: rowTop, id, timings: runtime.sapiKit ?? {}, scale, labels }));
      const us = (timing) => (isNumber(timing?.medianUs) ? grouped(timing.medianUs, 0) : labels.notMeasured);
      const times = [
        fill(labels.runtimeOurTimes, { sequential: us(runtime.sapiKit?.sequential), concurrent: us(runtime.sapiKit?.concurrent) }),
        fill(labels.runtimeFloorTimes, { sequential: us(runtime.floor?.sequential), concurrent: us(runtime.floor?.concurrent) }),
      ];
      times.forEach((line, lineIndex) => {
        out.push(valueText(PANELS.coldStart.x, rowTop + 17 + lineIndex * 15, line, id, lineIndex === 0 ? "runtimeOurUs" : "runtimeFloorUs", { size: 10.5, color: COLOR.muted }));
      });
    });
    const bottom = top + runtimes.length * ROW_HEIGHT;
    out.push(floorLine(scale, top - 4, bottom + 2));
    sectionTop = bottom + 14;
  }

  // The heap check: heap after the first and the last checkpoint, per row, and the verdict.
  if (heapRows.length > 0) {
    const first = heapRows[0].readings?.[0]?.calls;
    const last = heapRows[0].readings?.at(-1)?.calls;
    const calls = (value) => (isNumber(value) ? grouped(value, 0) : "?");
    out.push(text(MARGIN, sectionTop + 14, fill(labels.heapTitle, { first: calls(first), last: calls(last) }), { size: 13, weight: 600 }));
    const top = sectionTop + 24;
    const panel = PANELS.perCall;
    const heaps = heapRows.flatMap((row) => [row.readings?.[0]?.heapUsedBytes, row.readings?.at(-1)?.heapUsedBytes]).filter(isNumber);
    const max = Math.max(...heaps, 1);
    // Short bars, values written after the longest one: heaps this close differ in the text, not the length.
    const span = panel.width - HEAP_VALUE_ROOM;
    heapRows.forEach((row, index) => {
      const rowTop = top + index * ROW_HEIGHT;
      const id = `heap:${row.id}`;
      const name = names[row.id] ?? row.label ?? row.id;
      out.push(text(LABELS_X, rowTop + 24, name, { size: 12, weight: row.id === highlight ? 700 : undefined, attributes: ` class="heap-row" data-contender="${escapeXml(row.id)}"` }));
      for (const [metric, reading, offset, color] of [
        ["heapFirst", row.readings?.[0], 7, COLOR.heapFirst],
        ["heapLast", row.readings?.at(-1), 21, COLOR.heapLast],
      ]) {
        const value = reading?.heapUsedBytes;
        if (!isNumber(value)) continue;
        out.push(bar({ x: panel.x, y: rowTop + offset, width: (value / max) * span, height: 12, color, contender: id, metric, value }));
        const shown = fill(labels.heapReading, { calls: calls(reading.calls), size: fill(labels.MB, { value: grouped(value / 1e6, 2) }) });
        out.push(valueText(panel.x + span + 6, rowTop + offset + 10, shown, id, metric, { size: 10.5 }));
      }
      const verdict = row.verdict;
      if (verdict && isNumber(verdict.growthBytes)) {
        const growth = `${verdict.growthBytes >= 0 ? "+" : "−"}${fill(labels.MB, { value: grouped(Math.abs(verdict.growthBytes) / 1e6, 2) })}`;
        out.push(valueText(PANELS.coldStart.x, rowTop + 24, fill(labels.heapGrowth, { growth, verdict: labels.heapVerdicts[verdict.verdict] ?? verdict.verdict }), id, "heapVerdict", { size: 11 }));
      }
    });
    sectionTop = top + heapRows.length * ROW_HEIGHT + 8;
  }

  // Footnotes, wrapped to the chart's width.
  const config = results.config ?? {};
  const footnotes = labels.footnotes.map((note) =>
    fill(note, {
      rounds: config.rounds ?? "?",
      sequentialCalls: config.sequentialCalls ?? "?",
      concurrentBatches: config.concurrentBatches ?? "?",
      coldStartSamples: config.coldStartSamples ?? "?",
    }),
  );
  if (runtimes.length > 0) {
    const runtimeConfig = config.runtimes ?? {};
    footnotes.push(
      fill(labels.runtimesFootnote, {
        rounds: runtimeConfig.rounds ?? "?",
        sequentialCalls: runtimeConfig.sequentialCalls ?? "?",
        concurrentBatches: runtimeConfig.concurrentBatches ?? "?",
      }),
    );
  }
  if (heapRows.length > 0) {
    const limit = results.heap?.flatLimitBytes;
    footnotes.push(fill(labels.heapFootnote, { limit: isNumber(limit) ? grouped(limit / 1024 / 1024, 0) : "?" }));
  }
  if (anyNodeOnly) footnotes.push(labels.nodeOnlyFootnote);
  if (anyMissing) footnotes.push(labels.missingFootnote);
  if (results.quick) footnotes.push(labels.quickFootnote);
  let y = sectionTop + 8;
  for (const note of footnotes) {
    // Wrapped short of the edge: the width estimate is only an estimate.
    for (const line of wrapText(note, 11, WIDTH - 2 * MARGIN - 32)) {
      out.push(text(MARGIN, y, line, { size: 11, color: COLOR.muted, attributes: ' class="footnote"' }));
      y += 15;
    }
    y += 3;
  }
  const height = y + 6;

  const summary = rows
    .map((row) => {
      const parts = [names[row.id] ?? row.label ?? row.id];
      if (isNumber(row.sequential?.ratio)) parts.push(`${labels.legendSequential} ${row.sequential.ratio.toFixed(2)}×`);
      if (isNumber(row.concurrent?.ratio)) parts.push(`${labels.legendConcurrent} ${row.concurrent.ratio.toFixed(2)}×`);
      if (isNumber(row.coldStart?.ms)) parts.push(`${labels.coldStartTitle} ${fill(labels.ms, { value: formatMs(row.coldStart.ms) })}`);
      if (isNumber(row.bundle?.gzipBytes)) parts.push(`${labels.sizeTitle} ${fill(labels.kB, { value: formatKb(row.bundle.gzipBytes) })}`);
      return parts.join(", ");
    })
    .concat(
      runtimes.map((runtime) => {
        const ratios = [runtime.sapiKit?.sequential?.ratio, runtime.sapiKit?.concurrent?.ratio].map((value) => (isNumber(value) ? `${value.toFixed(2)}×` : labels.notMeasured));
        return `${fill(labels.runtimeName, { runtime: runtime.label, version: runtime.version })} ${fill(labels.runtimeFloorNote, { hmac: runtime.hmac?.chosen ?? "?" })}: ${labels.legendSequential} ${ratios[0]}, ${labels.legendConcurrent} ${ratios[1]}`;
      }),
      heapRows.map((row) => `${names[row.id] ?? row.label ?? row.id}, ${labels.heapShort}: ${labels.heapVerdicts[row.verdict?.verdict] ?? "?"}`),
    )
    .join("; ");

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" lang="${labels.lang}" font-family="${FONT_FAMILY}">`,
    `<title id="chart-title">${escapeXml(labels.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(summary)}</desc>`,
    // Opaque background: readable on dark themes too.
    `<rect width="${WIDTH}" height="${height}" rx="8" fill="#ffffff" stroke="${COLOR.grid}"/>`,
    ...out,
    "</svg>",
    "",
  ].join("\n");
}
