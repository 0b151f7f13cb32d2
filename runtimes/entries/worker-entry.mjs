// The Worker (module syntax) that workerd runs: the input is a JSON binding,
// each fetch runs the scenario once and answers the report as JSON. Bundled
// by esbuild for the browser/worker conditions, so the signer is its
// WebCrypto build; workerd runs it without nodejs_compat, so any node:
// import would fail to load.
import { runScenario } from "../scenario/run-scenario.mjs";

export default {
  /** @param {Request} _request @param {{ SCENARIO: import("../scenario/scenario-types.js").ScenarioInput }} env */
  async fetch(_request, env) {
    return Response.json(await runScenario(env.SCENARIO));
  },
};
