// How much the response-side int64 guard adds: one walk of the parsed body,
// compared with the JSON.parse that produced it. Run: npx vitest bench --run
import { bench, describe } from "vitest";
import { findUnsafeInteger } from "../src/find-unsafe-integer.js";
import { SEED_RESPONSE } from "./support/seed-response.js";

/** The seed response's shape and size. */
const text = JSON.stringify(SEED_RESPONSE);
const parsed = JSON.parse(text);

describe("seed-sized cancel response", () => {
  bench("JSON.parse (what openapi-fetch already does)", () => {
    JSON.parse(text);
  });
  bench("findUnsafeInteger (what the guard adds)", () => {
    findUnsafeInteger(parsed);
  });
});
