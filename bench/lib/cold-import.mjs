// Cold import time: a fresh `node` process per sample. Two readings:
// - importMs: the import measured inside that process (performance.now
//   around the dynamic import, after the ESM loader is warm), immune to
//   process start-up noise;
// - wallMinusEmptyMs: the whole process's wall time minus the median of an
//   empty process started the same way (includes module loading the first
//   reading cannot see, such as the ESM loader warming up).
import { spawnSync } from "node:child_process";
import { median } from "./stats.mjs";

const EMPTY_MODULE = new URL("./empty-module.mjs", import.meta.url).href;

function timeProcess(code, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`cold import failed (${code}): ${result.stderr}`);
  return { wallMs, insideMs: Number(String(result.stdout).trim() || "0") };
}

export function importCode(packages) {
  const imports = packages.map((name) => `import(${JSON.stringify(name)})`).join(", ");
  // The first dynamic import of a process boots the ESM loader and its file
  // resolution, a fixed cost every package would pay and one a real app has
  // already paid for its own modules before it imports ours: an empty local
  // module pays it untimed.
  return `await import(${JSON.stringify(EMPTY_MODULE)}); const t = performance.now(); await Promise.all([${imports}]); process.stdout.write(String(performance.now() - t));`;
}

/** `subjects`: [{ id, packages }]. Samples are interleaved across subjects. */
export function measureColdImport({ subjects, samples, cwd }) {
  const all = [{ id: "(empty process)", code: "" }, ...subjects.map((subject) => ({ ...subject, code: importCode(subject.packages) }))];
  const timings = new Map(all.map((subject) => [subject.id, []]));
  // One throwaway pass warms the OS file cache for every subject.
  for (const subject of all) timeProcess(subject.code, cwd);
  for (let sample = 0; sample < samples; sample++) {
    for (const subject of all) timings.get(subject.id).push(timeProcess(subject.code, cwd));
  }
  const emptyMs = median(timings.get("(empty process)").map((timing) => timing.wallMs));
  return {
    emptyProcessMs: emptyMs,
    samples,
    results: subjects.map((subject) => ({
      id: subject.id,
      importMs: median(timings.get(subject.id).map((timing) => timing.insideMs)),
      wallMinusEmptyMs: median(timings.get(subject.id).map((timing) => timing.wallMs)) - emptyMs,
    })),
  };
}
