import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { cancelOcoOperation, type Json, readSourceSpec, resolveRef } from "./support/spec-document.js";

const spec = readSourceSpec();
const responses = cancelOcoOperation(spec).responses;
const validateError = compileComponentSchema(spec, "BinanceError", { closed: true });
const ERROR_STATUSES = ["400", "401", "403", "418", "429", "5XX"];

function examplesOf(response: Json): Json[] {
  const media = response.content["application/json"];
  return media.example !== undefined ? [media.example] : Object.values(media.examples).map((e: Json) => e.value);
}

describe("error responses of marginCancelOco", () => {
  it.each(ERROR_STATUSES)("%s uses BinanceError through a shared component", (status) => {
    expect(responses[status].$ref).toMatch(/^#\/components\/responses\//);
    const response = resolveRef(spec, responses[status]);
    expect(response.content["application/json"].schema.$ref).toBe("#/components/schemas/BinanceError");
    for (const example of examplesOf(response)) expect(validateError(example), JSON.stringify(example)).toBe(true);
  });

  it("requires both code and msg", () => {
    expect(spec.components.schemas.BinanceError.required).toEqual(["code", "msg"]);
    expect(validateError({ code: -1021 })).toBe(false);
  });

  it("shows the errors users actually hit", () => {
    const codes = ERROR_STATUSES.flatMap((status) => examplesOf(resolveRef(spec, responses[status])).map((e) => e.code));
    expect(codes).toEqual(expect.arrayContaining([-1021, -1022, -1102, -2011, -11016]));
  });

  it("sends Retry-After on 418 and 429, and the UID weight header on 200 and 429", () => {
    for (const status of ["418", "429"]) {
      expect(resolveRef(spec, responses[status]).headers["Retry-After"].$ref).toBe("#/components/headers/Retry-After");
    }
    for (const response of [responses["200"], resolveRef(spec, responses["429"])]) {
      expect(response.headers["X-SAPI-USED-UID-WEIGHT-1M"].$ref).toBe("#/components/headers/X-SAPI-USED-UID-WEIGHT-1M");
    }
  });
});
