import { describe, expect, it } from "vitest";
import { formatHeap, formatRuntimes } from "../lib/report-table.mjs";

describe("report table: runtimes and heap", () => {
  it("prints each runtime's ratios, both sides' µs and its floor", () => {
    const lines = formatRuntimes([
      {
        label: "Bun",
        version: "1.4.5",
        floor: { label: "raw fetch + Bun.CryptoHasher", sequential: { medianUs: 442.4 }, concurrent: { medianUs: 458.3 } },
        sapiKit: { sequential: { medianUs: 580.8, ratio: 1.2006 }, concurrent: { medianUs: 490.9, ratio: 1.086 } },
      },
    ]);
    expect(lines.at(-1)).toBe("  Bun 1.4.5: 1.20x sequential (581 vs 442 µs), 1.09x 64-way (491 vs 458 µs); floor: raw fetch + Bun.CryptoHasher");
    expect(formatRuntimes([])).toEqual([]);
  });

  it("prints each heap row's readings, growth and verdict", () => {
    const lines = formatHeap({
      flatLimitBytes: 1048576,
      rows: [
        {
          label: "@sapi-kit/client + signer",
          readings: [
            { calls: 1000, heapUsedBytes: 7_280_000 },
            { calls: 100000, heapUsedBytes: 7_100_000 },
          ],
          verdict: { verdict: "flat", growthBytes: -180_000 },
        },
      ],
    });
    expect(lines[1]).toContain("flat = within 1 MiB");
    expect(lines[2]).toBe("  @sapi-kit/client + signer: 1,000: 7.28 MB, 100,000: 7.10 MB; −0.18 MB from first to last, flat");
    expect(formatHeap(undefined)).toEqual([]);
  });
});
