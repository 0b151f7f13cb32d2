// The page script: exposes the scenario to the host, which calls it through
// Playwright with the input and gets the report back.
import { runScenario } from "../scenario/run-scenario.mjs";

/** @type {any} */ (globalThis).runScenario = runScenario;
