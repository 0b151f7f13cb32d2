// Plain-text table of bench/results.json, one row per contender.
const COLUMNS = [
  ["contender", (row) => `${row.label}${row.floor ? " (floor)" : ""}`],
  ["seq µs/call", (row) => fixed(row.sequential?.medianUs, 0)],
  ["seq ×floor", (row) => ratio(row.sequential?.ratio)],
  ["64× µs/call", (row) => fixed(row.concurrent?.medianUs, 0)],
  ["64× ×floor", (row) => ratio(row.concurrent?.ratio)],
  ["cold ms", (row) => fixed(row.coldStart?.ms, 1)],
  ["Δfloor ms", (row) => (row.floor ? "—" : signed(row.coldStart?.overFloorMs))],
  ["import ms", (row) => fixed(row.coldStart?.importMs, 1)],
  ["min+gz kB", (row) => (row.bundle ? `${(row.bundle.gzipBytes / 1000).toFixed(1)}${row.bundle.platform === "browser" ? "" : "*"}` : "—")],
];

function fixed(value, digits) {
  return value === undefined || Number.isNaN(value) ? "—" : value.toFixed(digits);
}

function signed(value) {
  return value === undefined || Number.isNaN(value) ? "—" : `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
}

function ratio(value) {
  return value === undefined ? "—" : `${value.toFixed(2)}x`;
}

export function formatTable(results) {
  const rows = results.contenders.map((row) => COLUMNS.map(([, cell]) => cell(row)));
  const header = COLUMNS.map(([title]) => title);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  const lines = [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
  lines.push("");
  lines.push(`ratios: per round, per-call time / ${results.floor.label} (the floor) in the same round, each contender in a process of its own beside the floor; median over rounds; loopback sandbox`);
  const load = results.environment.loadAverage.atStart[0];
  if (load > results.environment.cpus) lines.push(`note: machine busy (1-min load ${load} on ${results.environment.cpus} CPUs); absolute times inflated, ratios less so`);
  lines.push("cold ms: import + first signed call in a fresh node process (median); Δfloor: minus the floor's; import ms: the import alone");
  const ours = results.contenders.find((row) => row.bundleHmacOnly);
  if (ours) lines.push(`min+gz: esbuild, browser, minified, gzip -9, in kB (1000 B); ${ours.label} with HMAC only: ${ours.bundleHmacOnly.gzipBytes} B`);
  if (results.contenders.some((row) => row.bundle && row.bundle.platform !== "browser")) {
    lines.push("* bundled for platform node: does not bundle for the browser");
  }
  for (const line of formatRuntimes(results.runtimes ?? [])) lines.push(line);
  for (const line of formatHeap(results.heap)) lines.push(line);
  for (const verdict of results.verdicts) {
    lines.push(`${verdict.met ? "✓" : "✗"} ${verdict.what}: ${verdict.measured} (target ${verdict.target})`);
  }
  return lines.join("\n");
}

/** Bun and Deno: sapi-kit's paired ratio to the runtime's own raw fetch + fastest HMAC. */
export function formatRuntimes(runtimes) {
  if (runtimes.length === 0) return [];
  const lines = ["", "other runtimes: sapi-kit ÷ the runtime's raw fetch + its fastest HMAC (paired per round, as above)"];
  for (const runtime of runtimes) {
    lines.push(
      `  ${runtime.label} ${runtime.version}: ${ratio(runtime.sapiKit.sequential.ratio)} sequential (${fixed(runtime.sapiKit.sequential.medianUs, 0)} vs ${fixed(runtime.floor.sequential.medianUs, 0)} µs), ` +
        `${ratio(runtime.sapiKit.concurrent.ratio)} 64-way (${fixed(runtime.sapiKit.concurrent.medianUs, 0)} vs ${fixed(runtime.floor.concurrent.medianUs, 0)} µs); floor: ${runtime.floor.label}`,
    );
  }
  return lines;
}

/** The heap check: heap after GC at each checkpoint, and the verdict. */
export function formatHeap(heap) {
  if (!heap || heap.rows.length === 0) return [];
  const lines = ["", `heap used after forced GC (node --expose-gc, calls in batches of 64); flat = within ${(heap.flatLimitBytes / 1024 / 1024).toFixed(0)} MiB`];
  for (const row of heap.rows) {
    const readings = row.readings.map((reading) => `${reading.calls.toLocaleString("en-US")}: ${megabytes(reading.heapUsedBytes)}`).join(", ");
    lines.push(`  ${row.label}: ${readings}; ${signedMegabytes(row.verdict.growthBytes)} from first to last, ${row.verdict.verdict}`);
  }
  return lines;
}

function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

function signedMegabytes(bytes) {
  return `${bytes >= 0 ? "+" : "−"}${megabytes(Math.abs(bytes))}`;
}
