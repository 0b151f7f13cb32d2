import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ADMIN_PREFIX, type RequestLogEntry, type Sandbox } from "../../src/index.js";
import { documentedResponse } from "./openapi-spec.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
type AddFormats = (ajv: Ajv2020) => unknown;
const formatsModule = addFormatsModule as unknown as AddFormats & { default?: AddFormats };
const addFormats: AddFormats = formatsModule.default ?? formatsModule;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
// OpenAPI's int64 is wider than ajv-formats' int64 check cares about; an integer is enough here.
ajv.addFormat("int64", { type: "number", validate: (value: number) => Number.isInteger(value) });

const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();
function validatorFor(schema: object) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Why an emitted response does not match the spec; empty when it does. */
export function responseProblems(entry: RequestLogEntry): string[] {
  const where = `${entry.method} ${entry.path}?${entry.query} -> ${entry.status}`;
  if (entry.status === undefined || entry.responseBody === undefined) return [];
  const documented = documentedResponse(entry.method, entry.path, entry.status);
  if (!documented) return [`${where}: status not documented in the spec`];
  const schema = documented.content?.["application/json"]?.schema;
  if (!schema) return [`${where}: no application/json schema documented`];
  let body: unknown;
  try {
    body = JSON.parse(entry.responseBody);
  } catch {
    return [`${where}: body is not JSON`];
  }
  const problems: string[] = [];
  const validate = validatorFor(schema);
  if (!validate(body)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
  for (const [name, header] of Object.entries<{ schema?: object }>(documented.headers ?? {})) {
    const sent = Object.entries(entry.responseHeaders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (sent === undefined || !header.schema) continue;
    const validateHeader = validatorFor(header.schema);
    if (!validateHeader(Number(sent[1]))) problems.push(`${where}: header ${name}=${sent[1]} ${ajv.errorsText(validateHeader.errors)}`);
  }
  return problems;
}

/**
 * Which log entries are exempt from validation, and why: only responses a
 * test deliberately broke (a dropped connection has no response; a
 * malformed-json fault exists to send invalid JSON) and paths the spec does
 * not describe (the 404 for unknown paths, the sandbox's own admin routes).
 */
export function isExempt(entry: RequestLogEntry): boolean {
  return (
    entry.path.startsWith(ADMIN_PREFIX) ||
    entry.fault === "malformed-json" ||
    entry.fault === "drop-connection" ||
    (entry.status === 404 && documentedResponse(entry.method, entry.path, 200) === undefined)
  );
}

/** Validates every response a sandbox emitted; throws listing every mismatch. */
export function assertEveryResponseMatchesSpec(sandbox: Sandbox): number {
  const entries = sandbox.requests.filter((entry) => !isExempt(entry));
  const problems = entries.flatMap(responseProblems);
  if (problems.length > 0) throw new Error(`Responses not valid against spec/openapi.yaml:\n${problems.join("\n")}`);
  return entries.length;
}
