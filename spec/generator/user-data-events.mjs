// Renders spec/asyncapi.yaml's component schemas (the user data stream's
// envelopes and events) as TypeScript types for the client's
// src/generated/user-data-events.ts. Types only: nothing reaches a bundle.
//
// The shapes follow what openapi-typescript makes of openapi.yaml, so both
// halves of the API read alike: `userDataStream["schemas"]["X"]` beside
// `components["schemas"]["X"]`, int64 as `number` (the client refuses values
// beyond 2^53 at run time), decimals as `string`, an open enum as its known
// values `| AnyOtherString`, and enums openapi.yaml defines referenced from
// there, never copied. Two things are added for the stream:
// - `UserDataEventMap` (event type `e` -> event), `UserDataEventType` and
//   `KnownUserDataEvent`, the union a `switch (event.e)` narrows. TypeScript
//   narrows a union on `e` only when every member's `e` is a literal, so the
//   catch-all stays out of it: `UnknownUserDataEvent` (any other `e`, any
//   other field) completes `UserDataEvent`, the type of what a frame holds;
// - an object with `additionalProperties: true` gets an index signature, so an
//   unknown event's fields are readable (as `unknown`).
import { OPENAPI_SCHEMA_PREFIX } from "../loader/index.js";
import { openEnumParts } from "./open-enums.mjs";

const LOCAL_PREFIX = "#/components/schemas/";
/** The generated interface that holds the AsyncAPI schemas, as `components` holds openapi.yaml's. */
export const SCHEMAS_TYPE = "userDataStream";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * @param {string} text
 * @param {string} indent
 */
function docComment(text, indent) {
  if (typeof text !== "string" || text.trim() === "") return "";
  const lines = text.trim().replaceAll("*/", "*\\/").split("\n");
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}

/** @param {string} name */
const propertyKey = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/**
 * @param {string} ref
 * @returns {string}
 */
function referenceType(ref) {
  if (ref.startsWith(LOCAL_PREFIX)) return `${SCHEMAS_TYPE}["schemas"][${JSON.stringify(ref.slice(LOCAL_PREFIX.length))}]`;
  if (ref.startsWith(OPENAPI_SCHEMA_PREFIX)) return `components["schemas"][${JSON.stringify(ref.slice(OPENAPI_SCHEMA_PREFIX.length))}]`;
  throw new Error(`spec/asyncapi.yaml: cannot render the reference ${ref}`);
}

/**
 * @param {any} value
 * @returns {string}
 */
const literal = (value) => JSON.stringify(value);

/**
 * The TypeScript type of one schema node.
 * @param {any} schema
 * @param {string} indent the indentation of the line the type starts on
 * @param {string} where for error messages
 * @returns {string}
 */
export function typeOf(schema, indent, where) {
  if (schema === true || schema === undefined) return "unknown";
  if (typeof schema !== "object" || schema === null) throw new Error(`${where}: not a schema`);
  if (typeof schema.$ref === "string") return referenceType(schema.$ref);
  if ("const" in schema) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(" | ");
  const open = openEnumParts(schema);
  if (open) return `${typeOf(open.known, indent, where)} | AnyOtherString`;
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    return (schema.anyOf ?? schema.oneOf).map((/** @type {any} */ member, /** @type {number} */ index) => typeOf(member, indent, `${where}[${index}]`)).join(" | ");
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types
    .map((/** @type {string} */ type) => {
      switch (type) {
        case "string":
          return "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array":
          return `${parenthesized(typeOf(schema.items, indent, `${where}.items`))}[]`;
        case "object":
          return objectType(schema, indent, where);
        default:
          throw new Error(`${where}: cannot render a schema of type ${JSON.stringify(type)}`);
      }
    })
    .join(" | ");
}

/** @param {string} type */
const parenthesized = (type) => (type.includes(" | ") ? `(${type})` : type);

/**
 * @param {any} schema
 * @param {string} indent
 * @param {string} where
 */
function objectType(schema, indent, where) {
  const inner = `${indent}    `;
  const required = new Set(schema.required ?? []);
  const members = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `${docComment(/** @type {any} */ (property).description, inner)}${inner}${propertyKey(name)}${required.has(name) ? "" : "?"}: ${typeOf(property, inner, `${where}.${name}`)};\n`,
  );
  if (schema.additionalProperties === true) members.push(`${docComment("Any other field, as sent.", inner)}${inner}[field: string]: unknown;\n`);
  // An object that declares no field: empty if closed, else whatever Binance sends.
  if (members.length === 0) return schema.additionalProperties === false ? "Record<string, never>" : "Record<string, unknown>";
  return `{\n${members.join("")}${indent}}`;
}

/**
 * The event types `UserDataEvent` lists with a constant `e`, in document
 * order, each with its schema name; the catch-all (no constant `e`) apart.
 * @param {any} asyncApi
 * @returns {{ known: { type: string; schema: string }[]; unknown: string }}
 */
export function userDataEventTypes(asyncApi) {
  const schemas = asyncApi.components?.schemas ?? {};
  const members = schemas.UserDataEvent?.anyOf;
  if (!Array.isArray(members)) throw new Error("spec/asyncapi.yaml: components.schemas.UserDataEvent must be an anyOf of event schemas.");
  /** @type {{ type: string; schema: string }[]} */
  const known = [];
  /** @type {string[]} */
  const catchAll = [];
  for (const member of members) {
    const name = String(member.$ref ?? "").slice(LOCAL_PREFIX.length);
    const eventType = schemas[name]?.properties?.e?.const;
    if (typeof eventType === "string") known.push({ type: eventType, schema: name });
    else if (schemas[name]) catchAll.push(name);
    else throw new Error(`spec/asyncapi.yaml: UserDataEvent lists ${member.$ref}, which is no component schema.`);
  }
  if (catchAll.length !== 1) throw new Error(`spec/asyncapi.yaml: UserDataEvent needs exactly one member without a constant e, found ${catchAll.length}.`);
  return { known, unknown: /** @type {string} */ (catchAll[0]) };
}

/**
 * The whole generated file, after its header.
 * @param {any} asyncApi the parsed spec/asyncapi.yaml
 * @returns {string}
 */
export function renderUserDataEvents(asyncApi) {
  const schemas = asyncApi.components?.schemas ?? {};
  const { known, unknown } = userDataEventTypes(asyncApi);
  const entries = Object.entries(schemas).map(
    ([name, schema]) => `${docComment(/** @type {any} */ (schema).description, "        ")}        ${propertyKey(name)}: ${typeOf(schema, "        ", name)};\n`,
  );
  const schema = (/** @type {string} */ name) => `${SCHEMAS_TYPE}["schemas"][${JSON.stringify(name)}]`;
  return [
    `import type { AnyOtherString, components } from "./schema.js";\n`,
    "\n",
    "/** The user data stream's envelopes and events (spec/asyncapi.yaml), as `components` holds openapi.yaml's schemas. */\n",
    `export interface ${SCHEMAS_TYPE} {\n    schemas: {\n${entries.join("")}    };\n}\n`,
    "\n",
    "/** Every event type spec/asyncapi.yaml lists, by its type `e`. */\n",
    `export interface UserDataEventMap {\n${known.map(({ type, schema: name }) => `    ${propertyKey(type)}: ${schema(name)};\n`).join("")}}\n`,
    "\n",
    "/** The event types spec/asyncapi.yaml lists. */\n",
    "export type UserDataEventType = keyof UserDataEventMap;\n",
    "\n",
    "/** A listed event: `switch (event.e)` narrows it to one event's fields. */\n",
    "export type KnownUserDataEvent = UserDataEventMap[UserDataEventType];\n",
    "\n",
    "/** An event of a type spec/asyncapi.yaml does not list (Binance adds them over time): its `e`, and any fields. */\n",
    `export type UnknownUserDataEvent = ${schema(unknown)};\n`,
    "\n",
    "/** What a frame's `event` holds: a listed event, or an unknown one. */\n",
    "export type UserDataEvent = KnownUserDataEvent | UnknownUserDataEvent;\n",
    "\n",
    "/** A frame of the stream: the event and the subscription it belongs to. */\n",
    `export type UserDataEventMessage = ${schema("UserDataEventMessage")};\n`,
  ].join("");
}
