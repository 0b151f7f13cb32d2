/**
 * Whether `value` is of `type` by its tag (`Object.prototype.toString`):
 * "Headers" or "Response", so that the Node entry's LightHeaders and
 * LightResponse (which stand for them without loading undici) pass, and a
 * plain record does not make Node load the platform class; "Object" for a
 * parsed JSON object (not an array, not null).
 */
export const is = (value: unknown, type: string): boolean => Object.prototype.toString.call(value) === `[object ${type}]`;
