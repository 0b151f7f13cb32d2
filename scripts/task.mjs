#!/usr/bin/env node
// The one entry point behind every root `npm run` script.
//
// Why it exists: a fresh machine has Node and npm but no pnpm and no working
// corepack. Every task therefore runs the pnpm pinned in package.json's
// `packageManager` through `npx`, installs the workspace, and only then hands
// over to turbo. Nothing is installed globally.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clearReports, printTestSummary, runSummaryFiles, tasksOfNewRun } from "./test-summary.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const isCI = Boolean(process.env.CI) && process.env.CI !== "false";

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  npm_config_loglevel: process.env.npm_config_loglevel ?? "error",
  npm_config_update_notifier: "false",
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpm(...args) {
  return run("npx", ["--yes", packageManager, ...args]);
}

function mustPass(status, what) {
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

function install() {
  mustPass(pnpm("install", ...(isCI ? ["--frozen-lockfile"] : []), "--reporter=append-only"), "pnpm install");
}

function turbo(...args) {
  return pnpm("exec", "turbo", "run", ...args, "--output-logs=errors-only");
}

function printDocsLocation() {
  const site = join(root, "docs", "site");
  if (!existsSync(join(site, "index.html"))) {
    console.error("\n✗ the docs site was not built (docs/site/index.html is missing)");
    process.exit(1);
  }
  console.log(`
Docs (built, offline):
  English  ${join(site, "index.html")}
  简体中文 ${join(site, "zh-CN", "index.html")}
  API reference: ${join(site, "reference", "index.html")}
Serve them with \`npm run docs\` (http://127.0.0.1:4173/).`);
}

/** A task that is nothing but installing, then one turbo task of the same name. */
const turboTask = (name) => () => {
  install();
  mustPass(turbo(name), name);
};

const tasks = {
  build: turboTask("build"),
  lint: turboTask("lint"),
  typecheck: turboTask("typecheck"),
  generate: turboTask("generate"),
  test() {
    install();
    clearReports(root);
    const before = runSummaryFiles(root);
    // --summarize: the run summary says which tasks failed (scripts/test-summary.mjs).
    const status = turbo("build", "lint", "typecheck", "test", "--continue", "--summarize");
    const { failed } = printTestSummary(root, status, tasksOfNewRun(root, before));
    process.exit(status !== 0 || failed > 0 ? 1 : 0);
  },
  start() {
    install();
    mustPass(turbo("build"), "build");
    mustPass(run(process.execPath, ["packages/cli/dist/bin.js", "demo"]), "demo");
    printDocsLocation();
  },
  docs() {
    install();
    mustPass(turbo("build", "--filter=@sapi-kit/docs..."), "docs build");
    mustPass(pnpm("--filter", "@sapi-kit/docs", "run", "serve"), "docs server");
  },
  bench() {
    install();
    mustPass(turbo("build"), "build");
    mustPass(pnpm("--filter", "@sapi-kit/bench", "run", "bench"), "bench");
  },
  release() {
    install();
    // The spec compatibility guard reads the pending changesets, which
    // `changeset version` consumes: check it first (release/README.md).
    mustPass(pnpm("--filter", "@sapi-kit/release-checks", "exec", "vitest", "run", "test/spec-compat.test.ts"), "spec compatibility guard");
    mustPass(pnpm("exec", "changeset", "version"), "changeset version");
    // The spec being released becomes the baseline for the next release.
    mustPass(run(process.execPath, ["release/scripts/snapshot-released-spec.mjs"]), "released spec snapshot");
    install();
    mustPass(turbo("build", "lint", "typecheck", "test"), "release gates");
  },
};

const name = process.argv[2];
if (!name || !(name in tasks)) {
  console.error(`usage: node scripts/task.mjs <${Object.keys(tasks).join("|")}>`);
  process.exit(2);
}
tasks[name]();
