// spec/asyncapi.yaml, the user data stream's source of truth: it passes the
// official AsyncAPI parser and the same bilingual rule as openapi.yaml, its
// examples match its schemas, and its fields follow openapi.yaml's typing
// rules (int64 ids and times, decimal strings, open response enums).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ASYNC_API_PATH,
  asyncApiSchemas,
  createSpecValidator,
  OPENAPI_SCHEMA_PREFIX,
  readAsyncApi,
  readSpec,
  SOURCE_SPEC_PATH,
} from "@sapi-kit/spec/loader";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { asyncApiParserProblems } from "../scripts/check-asyncapi.mjs";
import { lintSource } from "../scripts/locale-bundles.mjs";
import { findings, lintDocument, strict } from "./support/lint.js";
import { type Json, objectsWithPaths } from "./support/spec-document.js";

const BILINGUAL = "sapi-kit/bilingual-siblings";
const DECIMAL_PATTERN = "^-?([0-9]+(\\.[0-9]+)?|[0-9](\\.[0-9]+)?E[+-][0-9]+)$";

const asyncApi = readAsyncApi();
const openApi = readSpec(SOURCE_SPEC_PATH);
const schemas = asyncApiSchemas(asyncApi, openApi);
// Closed: an example with a field its schema does not declare fails (a typo). Open: what a client meets.
const validator = createSpecValidator({ components: { schemas } }, { closed: true });
const openValidator = createSpecValidator({ components: { schemas } });

const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-asyncapi-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the document written outside the repository; its references into openapi.yaml made absolute. */
function writeCopy(name: string, edit: (document: Json) => void): string {
  const document = structuredClone(readAsyncApi());
  for (const [node] of objectsWithPaths(document)) {
    if (typeof node.$ref === "string" && node.$ref.startsWith(OPENAPI_SCHEMA_PREFIX)) {
      node.$ref = `${SOURCE_SPEC_PATH}#/components/schemas/${node.$ref.slice(OPENAPI_SCHEMA_PREFIX.length)}`;
    }
  }
  edit(document);
  const file = join(scratch, name);
  writeFileSync(file, stringify(document));
  return file;
}

/** A schema, or the component schema its `$ref` names. */
function resolved(schema: Json): Json {
  return schema.$ref ? schemas[schema.$ref.slice("#/components/schemas/".length)] : schema;
}

function messageName(reference: string): string {
  return reference.slice("#/components/messages/".length);
}

describe("the official AsyncAPI parser (@asyncapi/parser)", () => {
  it("accepts spec/asyncapi.yaml with no error and no warning", async () => {
    expect(await asyncApiParserProblems(ASYNC_API_PATH)).toEqual([]);
  }, 60_000);

  it.each([
    [
      "an AsyncAPI 2 operation verb",
      (document: Json) => {
        document.operations.subscribeListenToken.action = "publish";
      },
    ],
    [
      "an operation on a channel that does not exist",
      (document: Json) => {
        document.operations.unsubscribe.channel.$ref = "#/channels/missing";
      },
    ],
    [
      "a reference to an openapi.yaml schema that does not exist",
      (document: Json) => {
        document.components.schemas.ExecutionReport.properties.S.anyOf[0].$ref = `${SOURCE_SPEC_PATH}#/components/schemas/NoSuchEnum`;
      },
    ],
    [
      "a message without a payload object",
      (document: Json) => {
        document.components.messages.UserDataEvent.payload = "event";
      },
    ],
  ])("fails a document with %s", async (name, edit) => {
    const problems = await asyncApiParserProblems(writeCopy(`${name.replaceAll(" ", "-")}.yaml`, edit));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.failing)).toBe(true);
  }, 60_000);
});

describe("the bilingual rule on spec/asyncapi.yaml", () => {
  it("passes the document with no problem at all (strict config)", async () => {
    expect(findings(await lintSource(ASYNC_API_PATH, await strict()))).toEqual([]);
  }, 60_000);

  it.each([
    ["an event field", ["components", "schemas", "ExecutionReport", "properties", "eR"], "x-description-zh-CN", "description"],
    ["an operation summary", ["operations", "subscribeListenToken"], "x-summary-zh-CN", "summary"],
    ["a message title", ["components", "messages", "UserDataEvent"], "x-title-zh-CN", "title"],
    ["the server description", ["servers", "production"], "x-description-zh-CN", "description"],
    ["a tag display name", ["components", "tags", "UserDataStream"], "x-displayName-zh-CN", "x-displayName"],
  ])("fails when %s has no Chinese", async (_name, path, siblingKey, field) => {
    const document = structuredClone(asyncApi);
    const node = path.reduce((current: Json, key) => current[key], document);
    delete node[siblingKey];
    const pointer = `#/${[...path, field].map((key) => key.replaceAll("/", "~1")).join("/")}`;
    expect(await lintDocument(document)).toEqual([expect.objectContaining({ ruleId: BILINGUAL, pointer })]);
  });

  it("fails an English copy standing in for the Chinese", async () => {
    const document = structuredClone(asyncApi);
    const field = document.components.schemas.ListStatus.properties.g;
    field["x-description-zh-CN"] = field.description;
    expect(await lintDocument(document)).toEqual([
      expect.objectContaining({ ruleId: BILINGUAL, pointer: "#/components/schemas/ListStatus/properties/g/description" }),
    ]);
  });
});

describe("examples", () => {
  const examples = Object.entries(asyncApi.components.messages as Record<string, Json>).flatMap(([name, message]) =>
    (message.examples ?? []).map((example: Json) => [`${name} / ${example.name}`, message, example] as const),
  );

  it("every message has at least one example", () => {
    for (const [name, message] of Object.entries(asyncApi.components.messages as Record<string, Json>)) {
      expect(message.examples?.length, name).toBeGreaterThan(0);
    }
  });

  it.each(examples)("%s matches its payload schema, with no undeclared field", (_name, message, example) => {
    const validate = validator.schema(message.payload);
    expect(validate(example.payload), JSON.stringify(validate.errors)).toBe(true);
  });

  const knownEvents = (asyncApi.components.schemas.UserDataEvent.anyOf as Json[])
    .map((member) => member.$ref.slice("#/components/schemas/".length))
    .filter((name: string) => name !== "UnknownEvent");

  it.each(examples.filter(([, message]) => message === asyncApi.components.messages.UserDataEvent))(
    "%s is a known event and matches that event's schema exactly",
    (_name, _message, example) => {
      const name = knownEvents.find((candidate: string) => schemas[candidate].properties.e.const === example.payload.event.e);
      expect(name).toBeDefined();
      const validate = validator.component(name as string);
      expect(validate(example.payload.event), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it("every operation's messages are messages of its channel", () => {
    const channelMessages = asyncApi.channels.wsApi.messages as Record<string, Json>;
    for (const operation of Object.values(asyncApi.operations as Record<string, Json>)) {
      for (const reference of [...operation.messages, ...(operation.reply?.messages ?? [])]) {
        const key = reference.$ref.slice("#/channels/wsApi/messages/".length);
        expect(channelMessages[key], reference.$ref).toBeDefined();
        expect(asyncApi.components.messages[messageName(channelMessages[key].$ref)]).toBeDefined();
      }
    }
  });
});

describe("events", () => {
  const event = openValidator.component("UserDataEvent");
  const executionReport = openValidator.component("ExecutionReport");
  const sample = asyncApi.components.messages.UserDataEvent.examples[0].payload.event;

  it("lists every event the margin stream documents, each told apart by a constant `e`", () => {
    const types = (schemas.UserDataEvent.anyOf as Json[])
      .map((member) => schemas[member.$ref.slice("#/components/schemas/".length)].properties.e.const)
      .filter(Boolean);
    expect(types).toEqual(["executionReport", "listStatus", "outboundAccountPosition", "balanceUpdate", "eventStreamTerminated"]);
  });

  it("the unknown event excludes exactly the listed types, so every frame matches one member", () => {
    const types = (schemas.UserDataEvent.anyOf as Json[])
      .map((member) => schemas[member.$ref.slice("#/components/schemas/".length)].properties.e.const)
      .filter(Boolean);
    expect(schemas.UnknownEvent.properties.e.not.enum).toEqual(types);
  });

  it("accepts an event type it does not know, and refuses a known one with a wrong field", () => {
    expect(event({ e: "externalLockUpdate", E: 1581557507324, a: "NEO", d: "10.00000000", T: 1581557507268 })).toBe(true);
    expect(event({ ...sample, g: "2" })).toBe(false);
    expect(event({ ...sample, q: 1 })).toBe(false);
  });

  it("passes an enum value Binance adds later through, in every enum field", () => {
    for (const field of ["S", "o", "f", "x", "X", "r", "V", "eR"]) {
      expect(executionReport({ ...sample, [field]: "SOMETHING_NEW" }), field).toBe(true);
    }
  });

  it("requires the conditional fields nowhere and declares each one", () => {
    const conditional = ["W", "d", "D", "j", "J", "v", "A", "B", "u", "U", "Cs", "pl", "pL", "pY", "b", "a", "k", "uS", "gP", "gOT", "gOV", "gp", "eR"];
    for (const field of conditional) {
      expect(schemas.ExecutionReport.properties[field], field).toBeDefined();
      expect(schemas.ExecutionReport.required, field).not.toContain(field);
    }
  });
});

describe("typing rules shared with openapi.yaml", () => {
  const properties = [...objectsWithPaths(schemas)].flatMap(([node, path]) =>
    node.properties && typeof node.properties === "object"
      ? Object.entries(node.properties as Record<string, Json>).map(([name, schema]) => [[...path, name].join("."), schema] as const)
      : [],
  );

  it("every integer is int64, or int32 where Binance says INT", () => {
    const integers = properties.filter(([, schema]) => schema.type === "integer" && !("const" in schema));
    expect(integers.length).toBeGreaterThan(20);
    for (const [where, schema] of integers) expect(["int32", "int64"], where).toContain(schema.format);
  });

  it("ids and times are int64", () => {
    const executionReport = schemas.ExecutionReport.properties;
    for (const field of ["E", "g", "i", "T", "t", "I", "O", "W", "v", "u", "U", "a"]) {
      expect(resolved(executionReport[field]).format, field).toBe("int64");
    }
    expect(schemas.ListStatus.properties.g.format).toBe("int64");
    expect(schemas.ListStatusOrder.properties.i.format).toBe("int64");
    expect(schemas.SubscribeListenTokenResponse.properties.result.properties.expirationTime.format).toBe("int64");
  });

  it("decimals are strings with the response decimal pattern of openapi.yaml", () => {
    const decimals = ["q", "p", "P", "F", "l", "z", "L", "n", "Z", "Y", "Q", "A", "B", "pl", "pL", "pY", "gp"];
    for (const field of decimals) {
      expect(schemas.ExecutionReport.properties[field], field).toMatchObject({ type: "string", pattern: DECIMAL_PATTERN });
    }
    expect(schemas.AccountBalance.properties.f.pattern).toBe(DECIMAL_PATTERN);
    expect(schemas.BalanceUpdate.properties.d.pattern).toBe(DECIMAL_PATTERN);
  });

  it("no field is a closed enum: every enum field takes any other string too", () => {
    for (const [where, schema] of properties) {
      expect(schema.enum, where).toBeUndefined();
      if (schema.$ref) expect(schemas[schema.$ref.slice("#/components/schemas/".length)].enum, where).toBeUndefined();
      if (schema.anyOf?.some((member: Json) => member.$ref && schemas[member.$ref.slice("#/components/schemas/".length)].enum)) {
        expect(schema.anyOf, where).toContainEqual({ type: "string" });
      }
    }
  });

  it("shares the enums openapi.yaml defines instead of copying them", () => {
    for (const name of Object.keys(asyncApi.components.schemas)) expect(openApi.components.schemas[name], name).toBeUndefined();
    expect(JSON.stringify(asyncApi)).toContain(`${OPENAPI_SCHEMA_PREFIX}OrderStatus`);
  });
});
