// Sums every workspace package's vitest JSON report into the one plain line CI
// reads: `N passed, N failed`. Reports live in `<package>/.test-results/` and
// are turbo task outputs, so a cached (unchanged) package still counts.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const REPORT = join(".test-results", "vitest.json");

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

export function printTestSummary(root, pipelineStatus) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const dir of workspacePackageDirs(root)) {
    const file = join(dir, REPORT);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  if (pipelineStatus !== 0 && failed === 0) {
    // A build, lint or type-check step failed before or beside the tests:
    // count it, so a broken pipeline can never print "0 failed".
    console.error("\n✗ a build, lint or type-check task failed (see the log above)");
    failed += 1;
  }
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return { passed, failed, skipped };
}
