// Per-call cost, sequential and 64-way concurrent, measured round-robin in
// small blocks so that drift (other load on the machine, GC, the sandbox's
// growing state) hits every contender alike. Seeding happens outside the
// timed sections.
import { median } from "./stats.mjs";

export const CONCURRENCY = 64;

export async function measurePerCall({ contenders, target, rounds, sequentialCalls, concurrentBatches, warmupCalls, log }) {
  const every = Math.max(1, Math.floor(rounds / 5));
  const prepared = [];
  for (const contender of contenders) {
    const cancel = await contender.create({ baseUrl: target.baseUrl, ...target.credentials });
    // Warm-up: JIT, keep-alive connections, clock sync, lazy imports.
    for (const order of target.seed(warmupCalls)) await cancel(order);
    await Promise.all(target.seed(CONCURRENCY).map((order) => cancel(order)));
    target.expectOnlyCancels(warmupCalls + CONCURRENCY, contender.id);
    prepared.push({ contender, cancel, sequential: [], concurrent: [] });
  }

  for (let round = 0; round < rounds; round++) {
    // Rotate the order every round: nobody always goes first.
    const order = prepared.map((_, index) => prepared[(index + round) % prepared.length]);
    for (const entry of order) {
      const orders = target.seed(sequentialCalls);
      for (const item of orders) {
        const started = performance.now();
        await entry.cancel(item);
        entry.sequential.push((performance.now() - started) * 1000);
      }
      for (let batch = 0; batch < concurrentBatches; batch++) {
        const orders64 = target.seed(CONCURRENCY);
        const started = performance.now();
        await Promise.all(orders64.map((item) => entry.cancel(item)));
        entry.concurrent.push(((performance.now() - started) * 1000) / CONCURRENCY);
      }
      target.expectOnlyCancels(sequentialCalls + concurrentBatches * CONCURRENCY, entry.contender.id);
    }
    if ((round + 1) % every === 0 || round + 1 === rounds) log?.(`  round ${round + 1}/${rounds} done`);
  }

  return prepared.map(({ contender, sequential, concurrent }) => ({
    id: contender.id,
    label: contender.label,
    sequential: { medianUs: median(sequential), samples: sequential.length },
    concurrent: { medianUs: median(concurrent), samples: concurrent.length, concurrency: CONCURRENCY },
  }));
}
