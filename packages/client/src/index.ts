export type { CallerOperation, CallerPaths, CallerQuery, OperationRule } from "./caller-paths.js";
export { createClient, type SapiClient } from "./create-client.js";
export { DEFAULT_BASE_URL } from "./default-base-url.js";
export * from "./errors.js";
export { findUnsafeInteger, type UnsafeIntegerHit } from "./find-unsafe-integer.js";
export type { OperationRules } from "./generated/operation-rules.js";
export type { components, operations, paths } from "./generated/schema.js";
export type {
  KnownUserDataEvent,
  UnknownUserDataEvent,
  UserDataEvent,
  UserDataEventMap,
  UserDataEventMessage,
  UserDataEventType,
  userDataStream,
} from "./generated/user-data-events.js";
export { serializeQuery } from "./query-serializer.js";

import type { components } from "./generated/schema.js";

/** The Binance error body `{ code, msg }` every error response carries. */
export type BinanceError = components["schemas"]["BinanceError"];
