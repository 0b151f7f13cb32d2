import { describe, expect, it } from "vitest";
import { compileComponentSchema } from "./support/response-validator.js";
import { cancelOcoOperation, type Json, objectsWithPaths, readSourceSpec, resolveRef } from "./support/spec-document.js";

const spec = readSourceSpec();
const responses = cancelOcoOperation(spec).responses;
const time = spec.paths["/api/v3/time"].get;
const validateError = compileComponentSchema(spec, "BinanceError", { closed: true });
const ERROR_STATUSES = ["400", "401", "403", "408", "429", "5XX"];

/** Every example of a media type, `$ref`s followed, as `{ name, example }`. */
function examplesOf(media: Json | undefined): { name: string; example: Json }[] {
  if (!media) return [];
  if (media.example !== undefined) return [{ name: "example", example: { value: media.example } }];
  return Object.entries(media.examples ?? {}).map(([name, example]) => ({ name, example: resolveRef(spec, example) }));
}

function jsonErrorExamples(response: Json): Json[] {
  return examplesOf(resolveRef(spec, response).content["application/json"]).map(({ example }) => example);
}

/** Every `{ code, msg }` example anywhere in the spec, with where it is. */
function everyErrorExample(): { where: string; example: Json }[] {
  return [...objectsWithPaths(spec)]
    .filter(([node]) => typeof node.value?.code === "number" && typeof node.value?.msg === "string")
    .map(([example, path]) => ({ where: path.join("/"), example }));
}

// Where a Binance rule or a real response can be read: Binance's own pages,
// Binance's repositories, and public issue threads quoting real responses.
const SOURCE = /^https:\/\/(developers\.binance\.com\/|github\.com\/binance\/|github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+$)/;

describe("error responses of marginCancelOco", () => {
  it.each(ERROR_STATUSES)("%s uses BinanceError for JSON bodies through a shared component", (status) => {
    expect(responses[status].$ref).toMatch(/^#\/components\/responses\//);
    const response = resolveRef(spec, responses[status]);
    expect(response.content["application/json"].schema.$ref).toBe("#/components/schemas/BinanceError");
    for (const example of jsonErrorExamples(responses[status])) {
      expect(validateError(example.value), JSON.stringify(example.value)).toBe(true);
    }
  });

  it("requires both code and msg", () => {
    expect(spec.components.schemas.BinanceError.required).toEqual(["code", "msg"]);
    expect(validateError({ code: -1021 })).toBe(false);
  });

  it("shows the errors users actually hit, and the documented ones the issue asked for", () => {
    const codes = ERROR_STATUSES.flatMap((status) => jsonErrorExamples(responses[status]).map((e) => e.value.code));
    expect(codes).toEqual(
      expect.arrayContaining([-1003, -1007, -1021, -1022, -1100, -1101, -1102, -1104, -1106, -1115, -1116, -1117, -1131, -1160, -2011, -2014, -2015, -3003, -11016]),
    );
  });

  it("answers -1007 with 408 as well as with 5XX (execution status unknown either way)", () => {
    const timeout = resolveRef(spec, responses["408"]);
    expect(jsonErrorExamples(responses["408"]).map((e) => e.value.code)).toEqual([-1007]);
    expect(jsonErrorExamples(responses["5XX"]).map((e) => e.value.code)).toContain(-1007);
    expect(timeout.description).toMatch(/never retry blindly/);
  });

  it("sends Retry-After on 429, and the UID weight header on 200 and 429", () => {
    expect(resolveRef(spec, responses["429"]).headers["Retry-After"].$ref).toBe("#/components/headers/Retry-After");
    for (const response of [responses["200"], resolveRef(spec, responses["429"])]) {
      expect(response.headers["X-SAPI-USED-UID-WEIGHT-1M"].$ref).toBe("#/components/headers/X-SAPI-USED-UID-WEIGHT-1M");
    }
  });
});

describe("418 on /sapi (spec/README.md): Binance's /api vs /sapi table says /sapi always answers 429", () => {
  it("no /sapi operation declares 418; GET /api/v3/time keeps it, with Retry-After", () => {
    for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
      for (const operation of Object.values(item) as Json[]) {
        if (path.startsWith("/sapi/")) expect(operation.responses["418"], path).toBeUndefined();
      }
    }
    const banned = resolveRef(spec, spec.paths["/api/v3/time"].get.responses["418"]);
    expect(banned.headers["Retry-After"].$ref).toBe("#/components/headers/Retry-After");
  });
});

describe("every error code cites where it comes from", () => {
  const examples = everyErrorExample();

  it("finds the error examples (the check below is not vacuous)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });

  it.each(examples.map(({ where, example }) => [example.value.code, where, example] as [number, string, Json]))(
    "%i (%s) names a Binance page or a public report of a real response",
    (_code, _where, example) => {
      expect(Array.isArray(example["x-sources"]), "x-sources").toBe(true);
      expect(example["x-sources"].length).toBeGreaterThan(0);
      for (const source of example["x-sources"]) expect(source).toMatch(SOURCE);
    },
  );

  it("accepts only the source forms above", () => {
    expect("https://github.com/sammchardy/python-binance/issues/1221").toMatch(SOURCE);
    expect("https://developers.binance.com/docs/margin_trading/error-code").toMatch(SOURCE);
    expect("https://example.com/binance-errors").not.toMatch(SOURCE);
    expect("https://github.com/someone/blog").not.toMatch(SOURCE);
  });
});

describe("error bodies that are not JSON", () => {
  it.each([
    ["403 of the cancel", responses["403"]],
    ["5XX of the cancel", responses["5XX"]],
    ["5XX of the server time", time.responses["5XX"]],
    ["403 of the server time", time.responses["403"]],
  ])("%s may be an HTML page or empty, modelled as text/html", (_name, reference) => {
    const response = resolveRef(spec, reference);
    const html = response.content["text/html"];
    expect(html.schema).toEqual({ type: "string" });
    const bodies = examplesOf(html).map(({ example }) => example.value);
    expect(bodies).toContain("");
    expect(bodies.some((body) => /^<!DOCTYPE HTML/.test(body))).toBe(true);
    expect(response.description).toMatch(/HTML/);
    expect(response["x-description-zh-CN"]).toMatch(/HTML/);
  });

  it("says the client never hands such a body to the caller as `error`", () => {
    for (const name of ["Forbidden", "ExecutionStatusUnknown"]) {
      expect(spec.components.responses[name].description).toContain("ResponseUnreadableError");
    }
  });

  it("real HTML bodies cite the report they were copied from", () => {
    for (const name of ["WafBlockedHtml", "GatewayErrorHtml"]) {
      for (const source of spec.components.examples[name]["x-sources"]) expect(source).toMatch(SOURCE);
    }
  });
});

describe("rate limits of GET /api/v3/time", () => {
  it("is IP-limited: weight 1 against the IP, X-MBX-USED-WEIGHT-1M, 6000 per minute", () => {
    expect(time["x-weight"]).toEqual({ type: "IP", value: 1 });
    expect(time.responses["200"].headers["X-MBX-USED-WEIGHT-1M"].$ref).toBe("#/components/headers/X-MBX-USED-WEIGHT-1M");
    expect(time.description).toMatch(/limited per IP, not\s+per account/);
    expect(time.description).toContain("6000");
    const tooMany = resolveRef(spec, time.responses["429"]);
    expect(Object.keys(tooMany.headers)).toEqual(["Retry-After", "X-MBX-USED-WEIGHT-1M"]);
    expect(jsonErrorExamples(time.responses["429"]).map((e) => e.value.msg)).toEqual([
      expect.stringContaining("current limit is 6000 request weight per 1 MINUTE"),
    ]);
  });

  it("never documents a UID weight header or a UID limit", () => {
    const text = JSON.stringify([time, resolveRef(spec, time.responses["429"]), resolveRef(spec, time.responses["418"])]);
    expect(text).not.toContain("X-SAPI-USED-UID-WEIGHT-1M");
    expect(text).not.toContain("180000");
  });
});
