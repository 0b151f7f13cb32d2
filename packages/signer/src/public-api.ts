export {
  ClockSyncError,
  RateLimitError,
  RequestNotSentError,
  ResponseUnreadableError,
  SapiKitError,
  SignerConfigError,
  UnknownExecutionStatusError,
} from "./errors.js";
export type { HmacSignerOptions, PrivateKeySignerOptions, SignerOptions, UsageHeaders } from "./options.js";
export type { Signer } from "./create-signer.js";
