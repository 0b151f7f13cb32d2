// Plain-text report of one stream bench run (bench/stream.mjs): per-event
// cost against the floor, latency, heap, and the verdicts.
import { FLAT_LIMIT_BYTES } from "./heap-verdict.mjs";

const fixed = (value, digits) => (value === undefined || Number.isNaN(value) ? "—" : value.toFixed(digits));
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const signedMegabytes = (bytes) => `${bytes >= 0 ? "+" : "−"}${megabytes(Math.abs(bytes))}`;

function columns(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
}

const name = (row) => `${row.label}${row.floor ? " (floor)" : ""}`;

export function formatStreamTable(results) {
  const { perEvent, latency, heap, config, environment } = results;
  const lines = [
    `per-event cost: ${perEvent.runtime}, ${perEvent.webSocket}; ${config.rounds} paired rounds of ${config.eventsPerRound.toLocaleString("en-US")} events per consumer, order rotated`,
    ...columns(
      ["consumer", "µs/event", "×floor", "×floor (medians)"],
      perEvent.rows.map((row) => [name(row), fixed(row.medianUs, 2), `${fixed(row.ratio, 2)}x`, `${fixed(row.ratioOfMedians, 2)}x`]),
    ),
    "",
    `latency from a price move in the sandbox (another process) to the caller's for-await loop, ${config.latencySamples} samples per consumer, in ms`,
    ...columns(
      ["consumer", "fill median", "fill p95", "ALL_DONE median", "ALL_DONE p95"],
      latency.map((row) => [name(row), fixed(row.fill.medianMs, 3), fixed(row.fill.p95Ms, 3), fixed(row.allDone.medianMs, 3), fixed(row.allDone.p95Ms, 3)]),
    ),
    "",
    `heap used after forced GC (node --expose-gc); flat = within ${(FLAT_LIMIT_BYTES / 1024 / 1024).toFixed(0)} MiB`,
    ...heap.map(
      (row) =>
        `  ${name(row)}: ${row.readings.map((reading) => `${reading.events.toLocaleString("en-US")}: ${megabytes(reading.heapUsedBytes)}`).join(", ")}; ${signedMegabytes(row.verdict.growthBytes)} from first to last, ${row.verdict.verdict}`,
    ),
  ];
  if (results.verdicts.length > 0) {
    lines.push("", "targets (issue 20):");
    for (const verdict of results.verdicts) lines.push(`  ${verdict.met ? "✓" : "✗"} ${verdict.what}: ${verdict.measured} (target ${verdict.target})`);
  }
  const load = environment.loadAverage.atStart[0];
  lines.push("", `load average ${environment.loadAverage.atStart.join(" ")} at the start, ${environment.loadAverage.atEnd.join(" ")} at the end (${environment.cpus} CPUs)`);
  if (load > environment.cpus) lines.push(`note: machine busy (1-min load ${load} on ${environment.cpus} CPUs): numbers to be measured again on an idle machine`);
  return lines.join("\n");
}
