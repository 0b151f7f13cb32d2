import type { BreakingChange } from "./breaking-change.js";
import { type CollectedOperation, collectOperations } from "./collect-operations.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { responseFields } from "./response-fields.js";
import { schemaNarrowings } from "./schema-narrowing.js";

/**
 * Everything in `next` that can break a caller written against `previous`:
 * requests that were valid and are now rejected, and response fields a
 * caller could read that are gone, changed, or no longer always present. Additions that only widen
 * (a new optional parameter, a new operation, a new enum value, a new
 * response field) are not reported.
 */
export function diffSpecs(previous: OpenApiDocument, next: OpenApiDocument): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const nextOperations = collectOperations(next);
  for (const [key, before] of collectOperations(previous)) {
    const after = nextOperations.get(key);
    if (!after) {
      changes.push({ kind: "operation-removed", operation: key, detail: `${key} is gone` });
      continue;
    }
    changes.push(...parameterChanges(previous, before, next, after));
    changes.push(...requiredOneOfChanges(before, after));
    changes.push(...responseChanges(previous, before, next, after));
  }
  return changes;
}

function parameterChanges(
  previousDocument: OpenApiDocument,
  before: CollectedOperation,
  nextDocument: OpenApiDocument,
  after: CollectedOperation,
): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const operation = before.key;
  const added = [...after.parameters.keys()].filter((id) => !before.parameters.has(id));
  const removed = [...before.parameters.keys()].filter((id) => !after.parameters.has(id));

  for (const id of removed) {
    // A parameter that disappears while another appears in the same place
    // is most likely a rename; say so, it reads better in the failure.
    const location = id.split(":")[0];
    const candidate = added.find((other) => other.split(":")[0] === location);
    changes.push(
      candidate
        ? { kind: "param-renamed", operation, detail: `${id} -> ${candidate}` }
        : { kind: "param-removed", operation, detail: `${id} removed` },
    );
  }
  for (const id of added) {
    if (after.parameters.get(id)?.required) {
      changes.push({ kind: "required-param-added", operation, detail: `${id} is new and required` });
    }
  }
  for (const [id, old] of before.parameters) {
    const current = after.parameters.get(id);
    if (!current) continue;
    if (current.required && !old.required) {
      changes.push({ kind: "param-made-required", operation, detail: `${id} is now required` });
    }
    for (const narrowing of schemaNarrowings(previousDocument, old.schema, nextDocument, current.schema, id)) {
      changes.push({ kind: "param-schema-narrowed", operation, detail: narrowing });
    }
  }
  return changes;
}

/**
 * `x-required-one-of`: each group demands at least one of its names. A
 * new group, or a group that lost names, rejects requests that passed.
 */
function requiredOneOfChanges(before: CollectedOperation, after: CollectedOperation): BreakingChange[] {
  const previousGroups = before.operation["x-required-one-of"] ?? [];
  return (after.operation["x-required-one-of"] ?? [])
    .filter((group) => !previousGroups.some((old) => old.every((name) => group.includes(name))))
    .map((group) => ({
      kind: "required-one-of-narrowed" as const,
      operation: before.key,
      detail: `at least one of [${group.join(", ")}] is now demanded`,
    }));
}

function responseChanges(
  previousDocument: OpenApiDocument,
  before: CollectedOperation,
  nextDocument: OpenApiDocument,
  after: CollectedOperation,
): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const nextFields = responseFields(nextDocument, after.operation);
  for (const [field, old] of responseFields(previousDocument, before.operation)) {
    const current = nextFields.get(field);
    if (!current) {
      changes.push({ kind: "response-field-removed", operation: before.key, detail: `${field} removed` });
    } else if (old.required && !current.required) {
      // A caller reading it unguarded would now get undefined.
      changes.push({ kind: "response-field-made-optional", operation: before.key, detail: `${field} is no longer always present` });
    } else if (current.type !== old.type || current.format !== old.format) {
      changes.push({
        kind: "response-field-changed",
        operation: before.key,
        detail: `${field}: ${old.type}${old.format ? `/${old.format}` : ""} -> ${current.type}${current.format ? `/${current.format}` : ""}`,
      });
    }
  }
  return changes;
}
