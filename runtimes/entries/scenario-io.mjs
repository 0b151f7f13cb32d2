// How the scenario's input and report travel between the host and a runtime
// process. Shared by both ends so they cannot drift apart.

/** Environment variable holding the ScenarioInput as JSON (keys included: never logged). */
export const INPUT_VARIABLE = "SAPI_KIT_SCENARIO";

/** The one stdout line that carries the ScenarioReport; anything else a runtime prints is ignored. */
export const REPORT_PREFIX = "SAPI_KIT_REPORT ";
