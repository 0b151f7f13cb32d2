// Per-call cost, sequential and 64-way concurrent, measured round-robin in
// small blocks so that drift (other load on the machine, GC, JIT tiering)
// hits every contender alike. Seeding happens outside the timed sections.
//
// Ratios are paired: in every round each contender's block is divided by the
// floor's block of the same round, and the ratio reported is the median of
// those per-round ratios. On a shared 2-core VM a block can run 1.5-2x slower
// than its neighbour a second later; pairing cancels that drift, where a ratio
// of two overall medians keeps it. The overall medians are reported besides.
import { median, pairedMedianRatio } from "./stats.mjs";

export const CONCURRENCY = 64;

/** How many signed cancels measurePerCall sends per contender (warm-up included): the lists to seed. */
export function callsPerContender({ rounds, sequentialCalls, concurrentBatches, warmupCalls }) {
  return warmupCalls + CONCURRENCY + rounds * (sequentialCalls + concurrentBatches * CONCURRENCY);
}

export async function measurePerCall({ contenders, target, rounds, sequentialCalls, concurrentBatches, warmupCalls, log }) {
  const every = Math.max(1, Math.floor(rounds / 5));
  const prepared = [];
  for (const contender of contenders) {
    const cancel = await contender.create({ baseUrl: target.baseUrl, ...target.credentials });
    // Warm-up: JIT, keep-alive connections, clock sync, lazy imports.
    for (const order of await target.seed(warmupCalls)) await cancel(order);
    await Promise.all((await target.seed(CONCURRENCY)).map((order) => cancel(order)));
    await target.expectOnlyCancels(warmupCalls + CONCURRENCY, contender.id);
    prepared.push({ contender, cancel, sequential: [], concurrent: [], rounds: [] });
  }

  for (let round = 0; round < rounds; round++) {
    // Rotate the order every round: nobody always goes first.
    const order = prepared.map((_, index) => prepared[(index + round) % prepared.length]);
    for (const entry of order) {
      const sequential = [];
      const concurrent = [];
      const orders = await target.seed(sequentialCalls);
      for (const item of orders) {
        const started = performance.now();
        await entry.cancel(item);
        sequential.push((performance.now() - started) * 1000);
      }
      for (let batch = 0; batch < concurrentBatches; batch++) {
        const orders64 = await target.seed(CONCURRENCY);
        const started = performance.now();
        await Promise.all(orders64.map((item) => entry.cancel(item)));
        concurrent.push(((performance.now() - started) * 1000) / CONCURRENCY);
      }
      entry.sequential.push(...sequential);
      entry.concurrent.push(...concurrent);
      entry.rounds[round] = { sequential: median(sequential), concurrent: median(concurrent) };
      await target.expectOnlyCancels(sequentialCalls + concurrentBatches * CONCURRENCY, entry.contender.id);
    }
    if ((round + 1) % every === 0 || round + 1 === rounds) log?.(`  round ${round + 1}/${rounds} done`);
  }

  const floor = prepared.find((entry) => entry.contender.floor);
  // Both ratios to the floor: the paired one (reported) and the ratio of the overall medians (kept for comparison).
  const summary = (entry, kind) => {
    const medianUs = median(entry[kind]);
    return {
      medianUs,
      samples: entry[kind].length,
      ratio: pairedMedianRatio(
        entry.rounds.map((round) => round[kind]),
        floor.rounds.map((round) => round[kind]),
      ),
      ratioOfMedians: medianUs / median(floor[kind]),
    };
  };
  return prepared.map((entry) => ({
    id: entry.contender.id,
    label: entry.contender.label,
    sequential: summary(entry, "sequential"),
    concurrent: { ...summary(entry, "concurrent"), concurrency: CONCURRENCY },
  }));
}
