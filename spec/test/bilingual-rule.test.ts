import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintSource } from "../scripts/locale-bundles.mjs";
import { FIXTURES_DIR, findings, lintDocument, strict } from "./support/lint.js";
import { type Json, SOURCE_PATH } from "./support/spec-document.js";

const RULE = "sapi-kit/bilingual-siblings";
const PARAMETER = "#/paths/~1api~1v3~1ping/get/parameters/0";

function fixture(name: string): Json {
  return parse(readFileSync(join(FIXTURES_DIR, name), "utf8"));
}

async function lintFixtureFile(name: string) {
  return findings(await lintSource(join(FIXTURES_DIR, name), await strict()));
}

describe("bilingual rule (strict config)", () => {
  it("passes the real spec with no problem at all", async () => {
    expect(findings(await lintSource(SOURCE_PATH, await strict()))).toEqual([]);
  });

  it("passes the complete fixture", async () => {
    expect(await lintFixtureFile("bilingual-complete.yaml")).toEqual([]);
  });

  it("fails the fixture missing one translation, naming where", async () => {
    expect(await lintFixtureFile("missing-translation.yaml")).toEqual([
      {
        ruleId: RULE,
        pointer: `${PARAMETER}/description`,
        message: 'Parameter has "description" but no non-empty "x-description-zh-CN" with Chinese text.',
      },
    ]);
  });

  it.each([
    ["an empty translation", ""],
    ["a blank translation", "   "],
    ["an English copy instead of Chinese", "Text to ignore."],
  ])("fails %s", async (_name, text) => {
    const document = fixture("bilingual-complete.yaml");
    document.paths["/api/v3/ping"].get.parameters[0]["x-description-zh-CN"] = text;
    expect(await lintDocument(document)).toEqual([expect.objectContaining({ ruleId: RULE, pointer: `${PARAMETER}/description` })]);
  });

  it("fails a Chinese sibling with no English field to translate", async () => {
    const document = fixture("bilingual-complete.yaml");
    document.paths["/api/v3/ping"].get["x-summary-zh-CN"] = "测试连通性";
    delete document.paths["/api/v3/ping"].get.summary;
    const problems = await lintDocument(document);
    expect(problems).toContainEqual(
      expect.objectContaining({ ruleId: RULE, pointer: "#/paths/~1api~1v3~1ping/get/x-summary-zh-CN" }),
    );
  });

  it.each([
    ["info title", ["info"], "x-title-zh-CN", "#/info/title"],
    ["tag display name", ["tags", 0], "x-displayName-zh-CN", "#/tags/0/x-displayName"],
    ["server description", ["servers", 0], "x-description-zh-CN", "#/servers/0/description"],
    ["response header", ["paths", "/api/v3/ping", "get", "responses", "429", "headers", "Retry-After"], "x-description-zh-CN", "#/paths/~1api~1v3~1ping/get/responses/429/headers/Retry-After/description"],
    ["schema property", ["paths", "/api/v3/ping", "get", "responses", "429", "content", "application/json", "schema", "properties", "code"], "x-description-zh-CN", "#/paths/~1api~1v3~1ping/get/responses/429/content/application~1json/schema/properties/code/description"],
  ])("covers the %s", async (_name, path, siblingKey, pointer) => {
    const document = fixture("bilingual-complete.yaml");
    const node = (path as (string | number)[]).reduce((current: Json, key) => current[key], document);
    delete node[siblingKey];
    expect(await lintDocument(document)).toEqual([expect.objectContaining({ ruleId: RULE, pointer })]);
  });
});
