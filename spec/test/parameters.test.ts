import { describe, expect, it } from "vitest";
import { readSeed, type SeedParameter } from "./support/seed.js";
import { cancelOcoOperation, cancelOcoParameters, type Json, readSourceSpec } from "./support/spec-document.js";

const seed = readSeed();
const spec = readSourceSpec();
const parameters = cancelOcoParameters(spec);
const byName = new Map<string, Json>(parameters.map((parameter) => [parameter.name, parameter]));

// How the seed's type column maps to JSON Schema.
const SCHEMA_FOR_SEED_TYPE: Record<string, Json> = {
  STRING: { type: "string" },
  LONG: { type: "integer", format: "int64" },
};

/** Limits the seed states in prose, turned into schema keywords. */
function limitsFromSeedDescription(description: string): Json {
  const limits: Json = {};
  const maximum = /cannot be greater than `(\d+)`/.exec(description);
  if (maximum) limits.maximum = Number(maximum[1]);
  const quoted = [...description.matchAll(/"([A-Z]+)"/g)].map((match) => match[1]);
  const defaultValue = /default "([A-Z]+)"/.exec(description);
  if (defaultValue) {
    limits.default = defaultValue[1];
    limits.enum = [...new Set(quoted)];
  }
  return limits;
}

describe("marginCancelOco parameters", () => {
  it.each(seed.en.parameters.map((parameter) => [parameter.name, parameter] as [string, SeedParameter]))(
    "%s has the seed's type, requiredness and limits",
    (name, seedParameter) => {
      const parameter = byName.get(name);
      expect(parameter, `parameter ${name}`).toBeDefined();
      expect(parameter.in).toBe("query");
      expect(parameter.required === true).toBe(seedParameter.mandatory);
      const seedType = SCHEMA_FOR_SEED_TYPE[seedParameter.type];
      expect(seedType, `seed type ${seedParameter.type}`).toBeDefined();
      expect(parameter.schema).toMatchObject({ ...seedType, ...limitsFromSeedDescription(seedParameter.description) });
    },
  );

  it("derives enum, default and maximum from the seed (the check above is not vacuous)", () => {
    const isIsolated = seed.en.parameters.find((parameter) => parameter.name === "isIsolated");
    const recvWindow = seed.en.parameters.find((parameter) => parameter.name === "recvWindow");
    expect(limitsFromSeedDescription(isIsolated?.description ?? "")).toEqual({ enum: ["TRUE", "FALSE"], default: "FALSE" });
    expect(limitsFromSeedDescription(recvWindow?.description ?? "")).toEqual({ maximum: 60000 });
  });

  it("has exactly the seed's parameters: signature is the security scheme, not a parameter", () => {
    expect(parameters.map((parameter) => parameter.name)).toEqual(seed.en.parameters.map((parameter) => parameter.name));
    expect(cancelOcoOperation(spec).security).toEqual([{ apiKey: [], signature: [] }]);
    expect(spec.components.parameters.signature).toBeUndefined();
  });

  it("marks exactly timestamp as a signer-managed parameter", () => {
    const managed = parameters.filter((parameter) => parameter["x-signer-managed"] === true).map((p) => p.name);
    expect(managed).toEqual(["timestamp"]);
  });

  it("makes the seed's either-or rule machine-readable as x-required-one-of", () => {
    const groups = seed.en.parameters
      .map((parameter) => /Either `(\w+)` or `(\w+)` must be provided/.exec(parameter.description))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]);
    const unique = [...new Map(groups.map((group) => [JSON.stringify(group), group])).values()];
    expect(unique).toEqual([["orderListId", "listClientOrderId"]]);
    expect(cancelOcoOperation(spec)["x-required-one-of"]).toEqual(unique);
  });

  it.each(seed.zhCN.parameters.filter((parameter) => parameter.description !== "").map((p) => [p.name, p.description]))(
    "%s carries the seed's Chinese description verbatim",
    (name, description) => {
      expect(byName.get(name)["x-description-zh-CN"]).toContain(description);
    },
  );

  it("says newClientOrderId names the cancel itself, not the cancelled order list", () => {
    const newClientOrderId = byName.get("newClientOrderId");
    expect(newClientOrderId.description).toMatch(/id of the cancel request itself, not the id of\s+the order list/);
    expect(newClientOrderId["x-description-zh-CN"]).toContain("注意不是被撤销的订单的自定义ID");
  });

  it("describes every parameter in both languages, including those the seed leaves blank", () => {
    for (const parameter of parameters) {
      expect(parameter.description, parameter.name).toMatch(/\w{3,}/);
      expect(parameter["x-description-zh-CN"], parameter.name).toMatch(/\p{Script=Han}/u);
    }
  });
});
