// The stream bench's harness (bench/stream.mjs), not its speed: a tiny run
// must feed every consumer exactly the events it asked for, in order, pair
// every round with the floor's, take every latency sample, and read the heap
// at every checkpoint; and the pieces it is built from must be able to fail.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BASE_TIME, CYCLE, eventFrameTexts, expectedEventTime, frameRun, textFrame } from "../lib/event-frames.mjs";
import { startEventLoopConsumer } from "../lib/event-loop-consumer.mjs";

const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function runStreamBench(config: Record<string, unknown>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["stream.mjs", "--json"], { cwd: benchDir, env: { ...process.env, BENCH_STREAM_CONFIG: JSON.stringify(config) } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("event frames", () => {
  it("are Binance-shaped {subscriptionId, event} texts whose E numbers the cycle", () => {
    const texts = eventFrameTexts(0);
    expect(texts).toHaveLength(CYCLE);
    const events = texts.map((text) => JSON.parse(text));
    expect(events.every((frame) => frame.subscriptionId === 0)).toBe(true);
    expect(events.map((frame) => frame.event.E)).toEqual(Array.from({ length: CYCLE }, (_, n) => expectedEventTime(n)));
    expect(events.slice(0, 6).map((frame) => [frame.event.e, frame.event.x ?? frame.event.l])).toEqual([
      ["executionReport", "NEW"],
      ["executionReport", "NEW"],
      ["listStatus", "EXEC_STARTED"],
      ["executionReport", "TRADE"],
      ["executionReport", "EXPIRED"],
      ["listStatus", "ALL_DONE"],
    ]);
    expect(expectedEventTime(CYCLE)).toBe(BASE_TIME);
  });

  it("encode each length form of RFC 6455 (7, 16 and 64 bits), unmasked, FIN + text", () => {
    const forms: [length: number, header: number][] = [
      [125, 2],
      [126, 4],
      [65_535, 4],
      [65_536, 10],
    ];
    for (const [length, header] of forms) {
      const frame = textFrame("x".repeat(length));
      expect(frame[0]).toBe(0x81);
      expect(frame.length).toBe(length + header);
      const declared = header === 2 ? frame[1] : header === 4 ? frame.readUInt16BE(2) : Number(frame.readBigUInt64BE(2));
      expect(declared).toBe(length);
    }
    const frames = ["a", "b", "c"].map(textFrame);
    expect(frameRun(frames, 2, 4).toString("latin1")).toBe(Buffer.concat([frames[2], frames[0], frames[1], frames[2]] as Buffer[]).toString("latin1"));
  });
});

describe("the caller's loop", () => {
  const opened = (events: { E: number }[]) => ({
    iterable: (async function* () {
      for (const event of events) yield { event };
    })(),
    eventOf: (message: { event: { E: number } }) => message.event,
    subscribed: Promise.resolve(),
    close: () => {},
  });

  it("times a round from its first event to its last", async () => {
    let clock = 0;
    const consumer = startEventLoopConsumer(opened([0, 1, 2].map((n) => ({ E: expectedEventTime(n) }))), { now: () => ++clock });
    expect(await consumer.take(3, async () => {})).toEqual({ firstAt: 1, lastAt: 2 });
    expect(consumer.received).toBe(3);
    await consumer.close();
  });

  it("fails the round when the stream yields something other than an event (a gap, an error)", async () => {
    const consumer = startEventLoopConsumer({
      ...opened([{ E: expectedEventTime(0) }]),
      eventOf: () => {
        throw new Error("@sapi-kit/stream yielded 'gap' during the bench");
      },
    });
    await expect(consumer.take(1, async () => {})).rejects.toThrow(/yielded 'gap'/);
  });

  it("fails the round when an event is missing or out of order", async () => {
    const consumer = startEventLoopConsumer(opened([0, 2].map((n) => ({ E: expectedEventTime(n) }))));
    await expect(consumer.take(2, async () => {})).rejects.toThrow(/event 1: expected E/);
  });
});

describe("bench/stream.mjs, tiny run", () => {
  it(
    "feeds each consumer every event it asked for, pairs the rounds, takes every latency sample and reads the heap at each checkpoint",
    async () => {
      const config = { rounds: 2, eventsPerRound: 200, warmupEvents: 100, latencySamples: 3, latencyWarmupSamples: 1, heapCheckpoints: [100, 300] };
      const { status, stdout, stderr } = await runStreamBench(config);
      expect(status, stderr).toBe(0);
      const results = JSON.parse(stdout);
      expect(results.config).toMatchObject(config);
      const { perEvent, latency, heap } = results;
      // The children checked every event's E in order; the counts prove none was left out.
      expect(perEvent.eventsPerContender).toBe(100 + 2 * 200);
      expect(perEvent.rows.map((row: { id: string }) => row.id)).toEqual(["raw-websocket", "sapi-kit-stream"]);
      for (const row of perEvent.rows) {
        expect(row.perEventUs).toHaveLength(2);
        expect(row.perEventUs.every((us: number) => Number.isFinite(us) && us > 0)).toBe(true);
      }
      expect(perEvent.rows[0]).toMatchObject({ floor: true, ratio: 1 });
      expect(perEvent.webSocket).toMatch(/platform WebSocket/);
      for (const row of latency) {
        expect(row.samples).toBe(3);
        expect(row.fill.medianMs).toBeGreaterThan(0);
        expect(row.fill.p95Ms).toBeGreaterThanOrEqual(row.fill.medianMs);
        expect(row.allDone.p95Ms).toBeGreaterThanOrEqual(row.allDone.medianMs);
      }
      for (const row of heap) expect(row.readings.map((reading: { events: number }) => reading.events)).toEqual([100, 300]);
      expect(results.verdicts).toHaveLength(3);
      expect(stderr).toContain("per-event cost");
    },
    180_000,
  );
});
