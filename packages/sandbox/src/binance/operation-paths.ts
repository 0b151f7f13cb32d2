import { operationsById } from "@sapi-kit/contract";

/**
 * Paths of two operations, read from the generated contract, for filtering
 * `sandbox.requests` (exported since the first release; conformance tests use them).
 */
export const CANCEL_OCO_PATH: string = operationsById.marginCancelOco.path;
export const SERVER_TIME_PATH: string = operationsById.getServerTime.path;
