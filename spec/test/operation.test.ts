import { describe, expect, it } from "vitest";
import { readSeed } from "./support/seed.js";
import { cancelOcoOperation, readSourceSpec } from "./support/spec-document.js";

const seed = readSeed();
const spec = readSourceSpec();
const operation = cancelOcoOperation(spec);

describe("marginCancelOco operation", () => {
  it("lives at the seed's method and path", () => {
    expect(seed.en.method).toBe("DELETE");
    expect(spec.paths[seed.en.path][seed.en.method.toLowerCase()].operationId).toBe("marginCancelOco");
  });

  it("uses the seed's title and description in English and Chinese", () => {
    expect(operation.summary).toBe(seed.en.title);
    expect(operation["x-summary-zh-CN"]).toBe(seed.zhCN.title);
    expect(operation.description.startsWith(seed.en.apiDescription)).toBe(true);
    expect(operation["x-description-zh-CN"].startsWith(seed.zhCN.apiDescription)).toBe(true);
  });

  it("states the seed's additional notes in both languages", () => {
    expect(seed.en.notes.length).toBeGreaterThan(0);
    for (const note of seed.en.notes) expect(operation.description).toContain(note);
    for (const note of seed.zhCN.notes) expect(operation["x-description-zh-CN"]).toContain(note);
  });

  it("declares the seed's request weight as x-weight", () => {
    const [, value, type] = /^(\d+)\((\w+)\)$/.exec(seed.en.weight) ?? [];
    expect(operation["x-weight"]).toEqual({ type, value: Number(value) });
  });

  it("requires the API key header and the signed query together", () => {
    expect(operation.security).toEqual([{ apiKey: [], signature: [] }]);
    expect(spec.components.securitySchemes.apiKey).toMatchObject({ type: "apiKey", in: "header", name: "X-MBX-APIKEY" });
    expect(spec.components.securitySchemes.signature).toMatchObject({ type: "apiKey", in: "query", name: "signature" });
  });

  it("defaults to the production server and says where the sandbox runs", () => {
    expect(spec.servers[0].url).toBe("https://api.binance.com");
    expect(spec.servers[0].description).toMatch(/127\.0\.0\.1/);
  });
});

describe("getServerTime operation", () => {
  const time = spec.paths["/api/v3/time"].get;

  it("is public, bilingual and returns ServerTime", () => {
    expect(time.operationId).toBe("getServerTime");
    expect(time.security).toEqual([]);
    expect(time["x-summary-zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(time.responses["200"].content["application/json"].schema.$ref).toBe("#/components/schemas/ServerTime");
    expect(spec.components.schemas.ServerTime.properties.serverTime).toMatchObject({ type: "integer", format: "int64" });
  });
});
