// The `@sapi-kit/client/errors` entry: the error classes alone, so the signer
// (and anyone else) can share them without loading the client. The root entry
// re-exports this module, and the build shares one copy between both entries:
// `instanceof` works whichever entry a class was imported from.
export { RequestNotSentError, type RequestNotSentDetails } from "./request-not-sent-error.js";
export { ResponseUnreadableError, type ResponseOutcome, type ResponseUnreadableDetails } from "./response-unreadable-error.js";
export { SapiKitError } from "./sapi-kit-error.js";
export { UnsafeIntegerError, type UnsafeIntegerSource } from "./unsafe-integer-error.js";
