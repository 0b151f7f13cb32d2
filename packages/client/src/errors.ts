// The `@sapi-kit/client/errors` entry: the error classes alone, so the signer
// (and anyone else) can share them without loading the client. The root entry
// re-exports this module, and the build shares one copy between both entries:
// `instanceof` works whichever entry a class was imported from.
export { type RequestNotSentDetails, RequestNotSentError } from "./request-not-sent-error.js";
export { type ResponseOutcome, type ResponseUnreadableDetails, ResponseUnreadableError } from "./response-unreadable-error.js";
export { SapiKitError } from "./sapi-kit-error.js";
export { UnsafeIntegerError, type UnsafeIntegerSource } from "./unsafe-integer-error.js";
