/** A turbo task as the run summary (`--summarize`) records it; exitCode null when it did not run. */
export interface TurboTask {
  taskId: string;
  task: string;
  package: string;
  exitCode: number | null;
}

/** The vitest JSON report fields the summary reads. */
export interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[];
}

export interface PackageReport {
  package: string;
  report: VitestReport;
}

export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Each failure that is not a failed test, for the log. */
  problems: string[];
}

export function workspacePackageDirs(root: string): string[];
export function clearReports(root: string): void;
export function runSummaryFiles(root: string): string[];
export function tasksOfNewRun(root: string, before: readonly string[]): TurboTask[];
export function readReports(root: string): PackageReport[];
export function summarize(input: { reports: readonly PackageReport[]; tasks: readonly TurboTask[]; pipelineStatus: number }): TestSummary;
export function printTestSummary(root: string, pipelineStatus: number, tasks?: readonly TurboTask[]): TestSummary;
