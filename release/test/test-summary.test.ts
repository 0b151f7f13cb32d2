// The closing line of `npm test` (scripts/test-summary.mjs): one failure per
// failed test, per test file that failed with no failed test in it, and per
// failed build, lint or type-check task; never per describe block, never
// twice, never "0 failed" for a failed pipeline.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type PackageReport,
  printTestSummary,
  readReports,
  runSummaryFiles,
  summarize,
  type TurboTask,
  tasksOfNewRun,
  type VitestReport,
} from "../../scripts/test-summary.mjs";

const releaseDir = fileURLToPath(new URL("..", import.meta.url));
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratch(parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "sapi-kit-summary-"));
  scratchDirs.push(dir);
  return dir;
}

const task = (taskId: string, exitCode: number | null): TurboTask => {
  const [pkg, name] = taskId.split("#") as [string, string];
  return { taskId, task: name, package: pkg, exitCode };
};
const passing: VitestReport = { numPassedTests: 4, numFailedTests: 0, testResults: [{ name: "/a.test.ts", status: "passed", assertionResults: [{ status: "passed" }] }] };

describe("with a real vitest report: a failing test in a describe block, a file that does not load, a failing hook", () => {
  let report: VitestReport;

  beforeAll(() => {
    // Inside release/ so the files resolve vitest as this package does.
    const dir = scratch(join(releaseDir, "node_modules", ".cache"));
    writeFileSync(join(dir, "vitest.config.mjs"), "export default {};\n");
    writeFileSync(
      join(dir, "in-describe.test.ts"),
      'import { describe, expect, it } from "vitest";\ndescribe("a block", () => {\n  it("fails", () => expect(1).toBe(2));\n  it("passes", () => {});\n});\n',
    );
    writeFileSync(join(dir, "does-not-load.test.ts"), 'import { it } from "vitest";\nimport "./missing.js";\nit("never runs", () => {});\n');
    writeFileSync(
      join(dir, "failing-hook.test.ts"),
      'import { afterAll, it } from "vitest";\nafterAll(() => {\n  throw new Error("hook");\n});\nit("passes", () => {});\n',
    );
    const output = join(dir, "vitest.json");
    const vitest = join(releaseDir, "node_modules", "vitest", "vitest.mjs");
    const run = spawnSync(process.execPath, [vitest, "run", "--root", dir, "--reporter=json", `--outputFile.json=${output}`], {
      encoding: "utf8",
      env: { PATH: process.env.PATH },
    });
    expect(run.status, run.stderr).toBe(1);
    report = JSON.parse(readFileSync(output, "utf8"));
  }, 120_000);

  it("counts the failed test once, plus one for each file that failed without a failed test: 3", () => {
    // vitest counts 4 failed suites here (the describe block too): adding those gave 4 more.
    expect(report.numFailedTests).toBe(1);
    const summary = summarize({ reports: [{ package: "p", report }], tasks: [task("p#test", 1)], pipelineStatus: 1 });
    expect(summary).toMatchObject({ passed: 2, failed: 3 });
    expect(summary.problems).toEqual([expect.stringMatching(/does-not-load\.test\.ts: .*missing\.js/), expect.stringMatching(/failing-hook\.test\.ts: hook/)]);
  });
});

describe("failed turbo tasks", () => {
  const reports: PackageReport[] = [
    { package: "a", report: passing },
    { package: "b", report: { ...passing, numFailedTests: 2, testResults: [{ name: "/b.test.ts", status: "failed", assertionResults: [{ status: "failed" }, { status: "failed" }] }] } },
  ];

  it("one per failed build, lint or type-check task", () => {
    const tasks = [task("a#build", 0), task("a#lint", 1), task("b#typecheck", 2), task("c#build", 1), task("a#test", 0)];
    const summary = summarize({ reports: [reports[0] as PackageReport], tasks, pipelineStatus: 1 });
    expect(summary.failed).toBe(3);
    expect(summary.problems).toEqual(["a#lint failed (exit 1)", "b#typecheck failed (exit 2)", "c#build failed (exit 1)"]);
  });

  it("a failed test task whose report counts its failures is not counted again", () => {
    const summary = summarize({ reports, tasks: [task("a#test", 0), task("b#test", 1)], pipelineStatus: 1 });
    expect(summary).toMatchObject({ passed: 8, failed: 2, problems: [] });
  });

  it("a failed test task whose report counts nothing, or that wrote none, counts one", () => {
    const summary = summarize({ reports, tasks: [task("a#test", 1), task("d#test", 1)], pipelineStatus: 1 });
    expect(summary.failed).toBe(2 + 1 + 1);
    expect(summary.problems).toEqual(["a#test failed (exit 1)", "d#test failed (exit 1)"]);
  });

  it("a task that did not run (no exit code) is not a failure", () => {
    expect(summarize({ reports: [], tasks: [task("a#test", null)], pipelineStatus: 0 }).failed).toBe(0);
  });

  it("a failed pipeline with nothing on record still counts one; a passing one counts none", () => {
    expect(summarize({ reports: [], tasks: [], pipelineStatus: 1 }).failed).toBe(1);
    expect(summarize({ reports, tasks: [], pipelineStatus: 1 }).failed).toBe(2);
    expect(summarize({ reports: [{ package: "a", report: passing }], tasks: [task("a#test", 0)], pipelineStatus: 0 })).toEqual({
      passed: 4,
      failed: 0,
      skipped: 0,
      problems: [],
    });
  });

  it("counts skipped and todo tests apart", () => {
    const report = { ...passing, numPendingTests: 2, numTodoTests: 1 };
    expect(summarize({ reports: [{ package: "a", report }], tasks: [], pipelineStatus: 0 }).skipped).toBe(3);
  });
});

describe("reading a run from disk", () => {
  it("takes the tasks of the turbo run summary written since, and each package's report by its name", () => {
    const root = scratch();
    const runs = join(root, ".turbo", "runs");
    mkdirSync(runs, { recursive: true });
    // An earlier run's summary, which must be ignored.
    writeFileSync(join(runs, "2Aolder.json"), JSON.stringify({ tasks: [{ taskId: "x#lint", task: "lint", package: "x", execution: { exitCode: 1 } }] }));
    const before = runSummaryFiles(root);
    // The shape turbo 2 writes (trimmed to the fields read).
    writeFileSync(
      join(runs, "3N81u6NkVa57Q4R5vBG6wnRfiG4.json"),
      JSON.stringify({
        execution: { exitCode: 1 },
        tasks: [
          { taskId: "@s/a#lint", task: "lint", package: "@s/a", execution: { startTime: 1, endTime: 2, exitCode: 1 }, cache: { status: "MISS" } },
          { taskId: "@s/a#test", task: "test", package: "@s/a", execution: { startTime: 1, endTime: 2, exitCode: 0 }, cache: { status: "HIT" } },
        ],
      }),
    );
    const tasks = tasksOfNewRun(root, before);
    expect(tasks).toEqual([task("@s/a#lint", 1), task("@s/a#test", 0)]);

    mkdirSync(join(root, "packages", "a", ".test-results"), { recursive: true });
    writeFileSync(join(root, "packages", "a", "package.json"), JSON.stringify({ name: "@s/a" }));
    writeFileSync(join(root, "packages", "a", ".test-results", "vitest.json"), JSON.stringify(passing));
    expect(readReports(root)).toEqual([{ package: "@s/a", report: passing }]);

    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(printTestSummary(root, 1, tasks)).toMatchObject({ passed: 4, failed: 1 });
      expect(log).toHaveBeenCalledWith("\n4 passed, 1 failed");
      expect(error).toHaveBeenCalledWith("\n✗ @s/a#lint failed (exit 1)");
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it("no run summary (turbo stopped before writing one): no tasks", () => {
    expect(tasksOfNewRun(scratch(), [])).toEqual([]);
  });
});
