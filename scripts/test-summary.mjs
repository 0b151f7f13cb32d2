// The one plain line CI reads at the end of `npm test`: `N passed, N failed`.
//
// What counts as one failure:
// - each failed test (every package's vitest JSON report, in
//   `<package>/.test-results/`: turbo task outputs, so a cached, unchanged
//   package still counts);
// - a test file that failed with no failed test in it: it did not load (an
//   import error), or a hook failed;
// - each failed turbo task other than `test` (build, lint, typecheck...), read
//   from turbo's run summary (`--summarize`, `.turbo/runs/<id>.json`);
// - a failed `test` task whose report counts nothing failed (no report, an
//   unhandled error, a type error outside the tests).
// Describe blocks are never counted (vitest's numFailedTestSuites does count
// them), and a failed pipeline never prints "0 failed".
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const REPORT = join(".test-results", "vitest.json");
const RUNS = join(".turbo", "runs");

export function workspacePackageDirs(root) {
  const dirs = ["spec", "docs", "bench", "conformance", "runtimes", "release"].map((dir) => join(root, dir));
  const packages = join(root, "packages");
  if (existsSync(packages)) {
    for (const entry of readdirSync(packages, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(packages, entry.name));
    }
  }
  return dirs.filter((dir) => existsSync(join(dir, "package.json")));
}

export function clearReports(root) {
  for (const dir of workspacePackageDirs(root)) rmSync(join(dir, REPORT), { force: true });
}

/** The run summaries turbo has written so far (`--summarize`), by file name. */
export function runSummaryFiles(root) {
  const dir = join(root, RUNS);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
}

/** The tasks of the run summary written since `before` (runSummaryFiles' answer), or [] when there is none. */
export function tasksOfNewRun(root, before) {
  const written = runSummaryFiles(root).filter((name) => !before.includes(name));
  // Run ids sort by time: the last is this run's.
  const latest = written.sort().at(-1);
  if (latest === undefined) return [];
  const summary = JSON.parse(readFileSync(join(root, RUNS, latest), "utf8"));
  return (summary.tasks ?? []).map((task) => ({
    taskId: task.taskId,
    task: task.task,
    package: task.package,
    exitCode: task.execution?.exitCode ?? null,
  }));
}

/** Every package's vitest report, with the package's name. */
export function readReports(root) {
  const reports = [];
  for (const dir of workspacePackageDirs(root)) {
    const file = join(dir, REPORT);
    if (!existsSync(file)) continue;
    const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    reports.push({ package: name, report: JSON.parse(readFileSync(file, "utf8")) });
  }
  return reports;
}

/** Failures one vitest report counts: failed tests, plus one per test file that failed with none failed in it. */
function reportFailures(report) {
  const failedTests = report.numFailedTests ?? 0;
  const filesWithoutFailedTest = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  );
  return {
    failed: failedTests + filesWithoutFailedTest.length,
    problems: filesWithoutFailedTest.map((file) => `${file.name}: ${firstLine(file.message) || "failed with no failed test"}`),
  };
}

const firstLine = (text) => (text ?? "").split("\n", 1)[0];

/**
 * The closing line's numbers, from the reports (readReports), the turbo tasks
 * (tasksOfNewRun) and turbo's exit status. `problems` names each failure that
 * is not a failed test, for the log.
 */
export function summarize({ reports, tasks, pipelineStatus }) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems = [];
  const counted = new Map();
  for (const { package: name, report } of reports) {
    const own = reportFailures(report);
    passed += report.numPassedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    failed += own.failed;
    problems.push(...own.problems);
    counted.set(name, own.failed);
  }
  for (const task of tasks) {
    if (typeof task.exitCode !== "number" || task.exitCode === 0) continue;
    // A failed test task already counts through its report, unless the report counts nothing.
    if (task.task === "test" && (counted.get(task.package) ?? 0) > 0) continue;
    failed += 1;
    problems.push(`${task.taskId} failed (exit ${task.exitCode})`);
  }
  if (pipelineStatus !== 0 && failed === 0) {
    failed += 1;
    problems.push(`the pipeline failed (exit ${pipelineStatus}) with no failed task or test on record`);
  }
  return { passed, failed, skipped, problems };
}

/** Prints the closing line (and what failed besides tests) and returns its numbers. */
export function printTestSummary(root, pipelineStatus, tasks = []) {
  const result = summarize({ reports: readReports(root), tasks, pipelineStatus });
  if (result.problems.length > 0) console.error(`\n${result.problems.map((problem) => `✗ ${problem}`).join("\n")}`);
  const { passed, failed, skipped } = result;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return result;
}
