// Runs on Node 22 (Miniflare 4 needs Node >= 22), as a child of the test
// host: starts workerd through Miniflare with the bundled Worker, triggers one
// fetch, prints the Worker's report and shuts workerd down. The input reaches
// the Worker as a JSON binding, never as a file.
import { dirname } from "node:path";
import process from "node:process";
import { Miniflare } from "miniflare";
import { INPUT_VARIABLE, REPORT_PREFIX } from "./scenario-io.mjs";

const [scriptPath, compatibilityDate] = process.argv.slice(2);
const raw = process.env[INPUT_VARIABLE];
if (!scriptPath || !compatibilityDate || !raw) throw new Error("usage: workerd-host.mjs <worker.mjs> <compatibility date>, input in the environment");

const miniflare = new Miniflare({
  modules: true,
  scriptPath,
  // Module names are relative to this root; the bundle lives in a scratch directory.
  modulesRoot: dirname(scriptPath),
  compatibilityDate,
  // No nodejs_compat flag: the Worker gets web APIs only, so a node: import cannot load.
  compatibilityFlags: [],
  bindings: { SCENARIO: JSON.parse(raw) },
  host: "127.0.0.1",
});
try {
  const response = await miniflare.dispatchFetch("http://127.0.0.1/run");
  const body = await response.text();
  if (!response.ok) throw new Error(`the Worker answered HTTP ${response.status}: ${body.slice(0, 2000)}`);
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(JSON.parse(body))}\n`);
} finally {
  await miniflare.dispose();
}
