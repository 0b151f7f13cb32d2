// @sapi-kit/spec/loader: the one way code and tests in this repository read
// the spec. See README.md ("The spec loader").

export { ASYNC_API_PATH, asyncApiSchemas, OPENAPI_SCHEMA_PREFIX, openApiSchemaReferences, readAsyncApi } from "./async-api.js";
export { HTTP_METHODS, listOperations } from "./operations.js";
export { bundlePath, readSpec, SOURCE_SPEC_PATH } from "./read-spec.js";
export { dereference, resolvePointer, resolveRef } from "./references.js";
export { createSpecValidator } from "./response-validator.js";
