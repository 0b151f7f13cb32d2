// The scenario every runtime runs, in two parts, one after the other: the
// README's quick start per key type (scenario/signed-cancel.mjs), then the
// user data stream's subscribe-place-fill round trip
// (scenario/stream-round-trip.mjs). It only reports what happened; the host
// decides what is right by looking at the sandbox's own state.
import { runtimeIdentity } from "./runtime-identity.mjs";
import { runSignedCancels } from "./signed-cancel.mjs";
import { runStreamRoundTrip } from "./stream-round-trip.mjs";

/** @typedef {import("./scenario-types.js").ScenarioInput} ScenarioInput */
/** @typedef {import("./scenario-types.js").ScenarioReport} ScenarioReport */

/**
 * @param {ScenarioInput} input
 * @returns {Promise<ScenarioReport>}
 */
export async function runScenario(input) {
  const runtime = runtimeIdentity();
  const cases = await runSignedCancels(input);
  const stream = await runStreamRoundTrip(input.stream, input);
  return { runtime, cases, stream };
}
