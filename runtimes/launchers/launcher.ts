// What the matrix needs from each runtime: run the scenario with this input
// and hand back the report, within a deadline, leaving no process behind.
import type { RuntimeIdentity, ScenarioInput, ScenarioReport } from "../scenario/scenario-types.js";

export interface Launch {
  readonly report: ScenarioReport;
  /** Who should have answered: `report.runtime.name` must equal `name`, and its version contain `version`. */
  readonly expected: RuntimeIdentity;
}

export interface RuntimeLauncher {
  /** Test title, e.g. "Node 22.23.3". */
  readonly title: string;
  /** A short id used in the listClientOrderIds the runtime places ([a-z0-9]). */
  readonly id: string;
  launch(input: ScenarioInput): Promise<Launch>;
  /** True for a browser page on another origin: each signed call is preceded by a CORS preflight. */
  readonly crossOrigin?: boolean;
  /** The WebSocket @sapi-kit/stream should pick there: the runtime's own, or `ws` where there is none (Node 20). */
  readonly webSocket: "platform" | "ws";
}

/** Per launch, on a busy 2-core machine: generous, but a hung runtime still fails the run in bounded time. */
export const LAUNCH_TIMEOUT_MS = 60_000;
