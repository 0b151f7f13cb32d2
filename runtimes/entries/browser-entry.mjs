// The page script: exposes the scenario to the host, which calls it through
// Playwright with the input and gets the report back.
import { runScenario } from "../scenario/signed-cancel.mjs";

/** @type {any} */ (globalThis).runScenario = runScenario;
