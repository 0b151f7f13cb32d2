// What the event reference shows, read from spec/asyncapi.yaml through the
// spec loader: the channel, its operations, its messages and every event,
// each field with its type, known values, required-ness and description in
// one locale. Plain data; event-reference-page.mjs turns it into HTML.
//
// The document is bilingual: English in `description` / `summary` / `title`,
// Chinese in `x-<field>-zh-CN` siblings. A missing Chinese text fails the
// build instead of showing English on the Chinese page (the spec's lint
// requires every sibling, so this only fires on a broken document).
import { asyncApiSchemas, readAsyncApi, readSpec, resolveRef } from "@sapi-kit/spec/loader";

/**
 * The pattern the spec gives every decimal it receives (spec/README.md,
 * "Decimals in exponent form"). A string field with any other pattern is
 * shown with its pattern.
 */
export const DECIMAL_PATTERN = "^-?([0-9]+(\\.[0-9]+)?|[0-9](\\.[0-9]+)?E[+-][0-9]+)$";

/**
 * A text field of a node in a locale: `field` for English, its
 * `x-<field>-zh-CN` sibling for Chinese. Undefined when the node has no such
 * field at all; throws when the English exists and the Chinese does not.
 * @param {any} node
 * @param {"title" | "summary" | "description"} field
 * @param {"en" | "zh-CN"} localeCode
 * @returns {string | undefined}
 */
export function localizedText(node, field, localeCode) {
  if (node === null || typeof node !== "object") return undefined;
  const english = node[field];
  if (localeCode === "en") return typeof english === "string" ? english : undefined;
  const chinese = node[`x-${field}-zh-CN`];
  if (typeof chinese === "string" && chinese.trim() !== "") return chinese;
  if (typeof english === "string") throw new Error(`spec/asyncapi.yaml: "${english.slice(0, 60)}" has no x-${field}-zh-CN.`);
  return undefined;
}

/**
 * @typedef {{ kind: "string" | "integer" | "number" | "boolean" | "object" | "array" | "null" | "decimal" | "event" | "any",
 *             format?: string, pattern?: string, items?: TypeInfo, anyOf?: TypeInfo[],
 *             minimum?: number, maximum?: number, minLength?: number }} TypeInfo
 * @typedef {{ path: string, type: TypeInfo, required: boolean, description: string | undefined,
 *             values: string[], openValues: boolean, constValue: boolean }} FieldRow
 * @typedef {{ key: string, name: string, title: string, summary: string | undefined, payloadDescription: string | undefined,
 *             fields: FieldRow[], examples: { name: string, json: string }[] }} MessageEntry
 * @typedef {{ key: string, action: "send" | "receive", title: string, summary: string | undefined,
 *             description: string | undefined, messages: string[], replies: string[] }} OperationEntry
 * @typedef {{ type: string, schemaName: string, description: string | undefined, fields: FieldRow[] }} EventEntry
 */

/**
 * Reads every part the page shows, in one locale.
 * @param {"en" | "zh-CN"} localeCode
 * @param {{ asyncApi?: any, openApi?: any }} [documents] defaults: spec/asyncapi.yaml and spec/openapi.yaml
 */
export function readEventCatalog(localeCode, documents = {}) {
  const asyncApi = documents.asyncApi ?? readAsyncApi();
  const openApi = documents.openApi ?? readSpec();
  // One schema map with every `$ref` local, openapi.yaml's enums folded in.
  const schemaDocument = { components: { schemas: asyncApiSchemas(asyncApi, openApi) } };
  const text = (/** @type {any} */ node, /** @type {"title" | "summary" | "description"} */ field) => localizedText(node, field, localeCode);
  const resolveSchema = (/** @type {any} */ schema) => resolveRef(schemaDocument, schema);

  /** @param {any} schema @returns {TypeInfo} */
  function typeInfo(schema) {
    const resolved = resolveSchema(schema);
    if (resolved === true || resolved === undefined) return { kind: "any" };
    const open = openEnum(resolved);
    if (open) return { kind: "string" };
    if (Array.isArray(resolved.anyOf)) {
      const members = resolved.anyOf.map(resolveSchema);
      if (members.some((/** @type {any} */ member) => typeof member?.properties?.e === "object")) return { kind: "event" };
      return { kind: "any", anyOf: resolved.anyOf.map(typeInfo) };
    }
    // `type: [string, "null"]` (e.g. a commission asset that may be null): each type on its own.
    if (Array.isArray(resolved.type)) return { kind: "any", anyOf: resolved.type.map((/** @type {string} */ type) => typeInfo({ ...resolved, type })) };
    const type = /** @type {TypeInfo["kind"]} */ (resolved.type ?? (resolved.properties ? "object" : "any"));
    /** @type {TypeInfo} */
    const info = { kind: type };
    if (type === "string" && typeof resolved.pattern === "string") {
      if (resolved.pattern === DECIMAL_PATTERN) info.kind = "decimal";
      else info.pattern = resolved.pattern;
    }
    if (typeof resolved.format === "string") info.format = resolved.format;
    if (type === "array" && resolved.items) info.items = typeInfo(resolved.items);
    for (const bound of /** @type {const} */ (["minimum", "maximum", "minLength"])) {
      if (typeof resolved[bound] === "number") info[bound] = resolved[bound];
    }
    return info;
  }

  /** `anyOf: [known values, { type: string }]`: an enum open to new values. @param {any} schema */
  function openEnum(schema) {
    if (!Array.isArray(schema?.anyOf) || schema.anyOf.length !== 2) return undefined;
    const [known, other] = schema.anyOf.map(resolveSchema);
    if (!Array.isArray(known?.enum) || other?.type !== "string" || other.enum || other.const !== undefined) return undefined;
    return /** @type {string[]} */ (known.enum.map(String));
  }

  /**
   * The rows of an object's fields; nested objects and arrays of objects
   * continue with `a.b` and `a[].b`. An event union is one row that links to
   * the events instead.
   * @param {any} schema @param {string} prefix @returns {FieldRow[]}
   */
  function fieldRows(schema, prefix = "") {
    const resolved = resolveSchema(schema);
    const required = new Set(resolved?.required ?? []);
    /** @type {FieldRow[]} */
    const rows = [];
    for (const [name, property] of Object.entries(resolved?.properties ?? {})) {
      const path = prefix + name;
      const target = resolveSchema(property);
      const open = openEnum(target);
      const hasConst = target && "const" in target;
      rows.push({
        path,
        type: typeInfo(property),
        required: required.has(name),
        // A `$ref` carries no description of its own (AsyncAPI 3.0): the target's is the field's.
        description: text(property, "description") ?? text(target, "description"),
        values: hasConst ? [String(target.const)] : (open ?? (Array.isArray(target?.enum) ? target.enum.map(String) : [])),
        openValues: Boolean(open),
        constValue: Boolean(hasConst),
      });
      if (typeInfo(property).kind === "event") continue;
      if (target?.properties) rows.push(...fieldRows(target, `${path}.`));
      const items = target?.type === "array" ? resolveSchema(target.items) : undefined;
      if (items?.properties) rows.push(...fieldRows(items, `${path}[].`));
    }
    return rows;
  }

  const channelEntries = Object.entries(asyncApi.channels ?? {});
  if (channelEntries.length !== 1) throw new Error(`spec/asyncapi.yaml: the event reference shows one channel, found ${channelEntries.length}.`);
  const [channelKey, channel] = /** @type {[string, any]} */ (channelEntries[0]);
  const messageKeyOf = (/** @type {any} */ reference) => {
    const prefix = `#/channels/${channelKey}/messages/`;
    if (typeof reference?.$ref !== "string" || !reference.$ref.startsWith(prefix)) {
      throw new Error(`spec/asyncapi.yaml: an operation names a message outside ${prefix}: ${JSON.stringify(reference)}`);
    }
    return reference.$ref.slice(prefix.length);
  };

  /** @type {MessageEntry[]} */
  const messages = Object.entries(channel.messages ?? {}).map(([key, reference]) => {
    const message = resolveRef(asyncApi, reference);
    const payload = resolveSchema(message.payload);
    return {
      key,
      name: message.name,
      title: text(message, "title") ?? message.name,
      summary: text(message, "summary"),
      payloadDescription: text(payload, "description"),
      fields: fieldRows(payload),
      examples: (message.examples ?? []).map((/** @type {any} */ example) => ({
        name: example.name,
        json: JSON.stringify(example.payload, null, 2),
      })),
    };
  });

  /** @type {OperationEntry[]} */
  const operations = Object.entries(asyncApi.operations ?? {}).map(([key, operation]) => ({
    key,
    action: /** @type {any} */ (operation).action,
    title: text(operation, "title") ?? key,
    summary: text(operation, "summary"),
    description: text(operation, "description"),
    messages: (/** @type {any} */ (operation).messages ?? []).map(messageKeyOf),
    replies: (/** @type {any} */ (operation).reply?.messages ?? []).map(messageKeyOf),
  }));

  // The events: the members of the union a user data event frame carries.
  const union = resolveSchema({ $ref: "#/components/schemas/UserDataEvent" });
  /** @type {EventEntry[]} */
  const events = [];
  /** @type {EventEntry | undefined} */
  let unknownEvent;
  for (const member of union.anyOf) {
    const schemaName = String(member.$ref).split("/").pop() ?? "";
    const schema = resolveSchema(member);
    const entry = { type: schema.properties?.e?.const, schemaName, description: text(schema, "description"), fields: fieldRows(schema) };
    if (typeof entry.type === "string") events.push(entry);
    else unknownEvent = { ...entry, type: "" };
  }

  const server = Object.values(asyncApi.servers ?? {})[0];
  return {
    title: text(asyncApi.info, "title") ?? "",
    description: text(asyncApi.info, "description"),
    server: server ? { url: `${server.protocol}://${server.host}${channel.address ?? ""}`, description: text(server, "description") } : undefined,
    channel: { address: channel.address, title: text(channel, "title") ?? channelKey, description: text(channel, "description") },
    operations,
    messages,
    events,
    unknownEvent,
  };
}
