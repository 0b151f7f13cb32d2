import openapiFetch from "openapi-fetch";

/**
 * openapi-fetch's factory, in both of our builds. Its CommonJS entry exports
 * the factory as `exports.default`; our CJS bundle imports it with Node's
 * interop, which hands over the whole exports object as the default import.
 * The ESM build gets the function directly.
 */
export const createFetchClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;
