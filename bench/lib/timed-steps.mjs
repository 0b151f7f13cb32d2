// Wall time of each step of a bench run, in s: how long a run takes, and where.
import { round } from "./stats.mjs";

export function timedSteps(log) {
  const durations = {};
  async function step(name, what, run) {
    log(what);
    const started = performance.now();
    const result = await run();
    durations[name] = round((performance.now() - started) / 1000, 1);
    return result;
  }
  return { durations, step };
}
