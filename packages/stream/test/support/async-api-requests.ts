import { asyncApiSchemas, createSpecValidator, readAsyncApi, readSpec } from "@sapi-kit/spec/loader";

/**
 * spec/asyncapi.yaml's request schemas, through the repository's one Ajv
 * set-up, closed: a field the schema does not declare is a mismatch too.
 */
const validator = createSpecValidator({ components: { schemas: asyncApiSchemas(readAsyncApi(), readSpec()) } }, { closed: true });

const SCHEMA_OF_METHOD: Record<string, string> = {
  "userDataStream.subscribe.listenToken": "SubscribeListenTokenRequest",
  "userDataStream.unsubscribe": "UnsubscribeRequest",
};

/** Why a request frame the stream sent does not match spec/asyncapi.yaml; empty when it does. */
export function requestProblems(text: string): string[] {
  const frame = JSON.parse(text);
  const name = SCHEMA_OF_METHOD[frame?.method];
  if (!name) return [`not a method spec/asyncapi.yaml describes: ${text}`];
  const validate = validator.component(name);
  return validate(frame) ? [] : [`${name}: ${text}: ${validator.ajv.errorsText(validate.errors)}`];
}
