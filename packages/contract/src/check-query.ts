import { canonicalValue, checkValue } from "./check-value.js";
import type { Condition, OperationContract, ParameterContract } from "./generated/operations.js";
import type { PresenceRule, SpanRule, Violation } from "./violation.js";

/** A query as it travels: each name's text. A Map keeps any name, `__proto__` included. */
export type WireQuery = ReadonlyMap<string, string> | Readonly<Record<string, string | undefined>>;

interface Shape {
  readonly names: ReadonlySet<string>;
  readonly defaults: ReadonlyMap<string, string>;
  readonly byName: ReadonlyMap<string, ParameterContract>;
}

/** Per contract, what every query needs: its parameter names, the defaults rule conditions fall back on, each parameter by name. */
const shapes = new WeakMap<OperationContract, Shape>();
function shapeOf(contract: OperationContract): Shape {
  let shape = shapes.get(contract);
  if (!shape) {
    const defaults = new Map<string, string>();
    for (const parameter of contract.parameters) if (parameter.default !== undefined) defaults.set(parameter.name, String(parameter.default));
    const byName = new Map(contract.parameters.map((parameter) => [parameter.name, parameter]));
    shape = { names: new Set(byName.keys()), defaults, byName };
    shapes.set(contract, shape);
  }
  return shape;
}

export interface CheckQueryOptions {
  /**
   * Names the caller reads and checks itself (the sandbox: `timestamp`,
   * `signature`, `recvWindow` of a signed request; the CLI: what the signer
   * sets): known to the operation, never checked or reported missing.
   */
  readonly skip?: Iterable<string>;
}

function reader(query: WireQuery): { text: (name: string) => string | undefined; names: () => string[] } {
  if (query instanceof Map) return { text: (name) => query.get(name), names: () => [...query.keys()] };
  const record = query as Readonly<Record<string, string | undefined>>;
  return {
    text: (name) => (Object.hasOwn(record, name) ? record[name] : undefined),
    names: () => Object.keys(record).filter((name) => record[name] !== undefined),
  };
}

/**
 * Checks a query against an operation's contract and returns every rule it
 * breaks, as data, in the order Binance finds them (it answers the first):
 *
 * 1. each parameter in spec order: absent or empty and required -> `missing`;
 *    sent and malformed for its wire type, or outside its limits -> a value
 *    violation (`checkValue`);
 * 2. names the operation does not define -> `unknown`;
 * 3. each `x-required-one-of` group with no name sent -> `required-one-of`;
 * 4. each `x-parameter-rules` rule, in spec order, that the query breaks -> `rule`
 *    (`span-too-long` for a `max-span` rule, checked only when both of its
 *    values are well-formed integers: a malformed one is already reported).
 *
 * "Sent" means present with a non-empty value; a rule's condition tests the
 * effective value (the one sent, in the enum's own spelling for a parameter
 * Binance reads in any letter case, else the parameter's default). An empty
 * list: the query is valid.
 */
export function checkQuery(contract: OperationContract, query: WireQuery, options: CheckQueryOptions = {}): Violation[] {
  const skip = options.skip instanceof Set ? (options.skip as ReadonlySet<string>) : new Set(options.skip);
  const shape = shapeOf(contract);
  const { text, names } = reader(query);
  const violations: Violation[] = [];
  const sent = (name: string) => {
    const value = text(name);
    return value !== undefined && value !== "";
  };

  for (const parameter of contract.parameters) {
    if (skip.has(parameter.name)) continue;
    const value = text(parameter.name);
    if (value === undefined || value === "") {
      if (parameter.required) violations.push({ kind: "missing", parameter });
      continue;
    }
    const violation = checkValue(parameter, value, contract.method);
    if (violation) violations.push(violation);
  }

  const unknown = names().filter((name) => !shape.names.has(name) && !skip.has(name));
  if (unknown.length > 0) violations.push({ kind: "unknown", names: unknown });

  for (const group of contract.requiredOneOf) {
    if (!group.some(sent)) violations.push({ kind: "required-one-of", group });
  }

  const holds = (when: Condition) => {
    const effective = effectiveValue(contract, when.parameter, text(when.parameter));
    return effective !== undefined && when.in.includes(effective);
  };
  for (const rule of contract.rules) {
    if (rule.kind === "max-span") {
      const span = spanBeyond(rule, text);
      if (span !== undefined) violations.push({ kind: "span-too-long", rule, span });
      continue;
    }
    const offending = breaking(rule, sent, holds);
    if (offending) violations.push({ kind: "rule", rule, parameters: offending });
  }
  return violations;
}

/**
 * What a rule or weight condition on `name` tests: the value sent (non-empty)
 * in the contract's spelling (`canonicalValue`), else the parameter's default
 * as text, else undefined.
 */
export function effectiveValue(contract: OperationContract, name: string, sent: string | undefined): string | undefined {
  const shape = shapeOf(contract);
  const parameter = shape.byName.get(name);
  if (sent === undefined || sent === "") return shape.defaults.get(name);
  return parameter ? canonicalValue(parameter, sent) : sent;
}

const WHOLE_NUMBER = /^-?[0-9]+$/;

/** `to - from` as digits when both are integers and it exceeds the rule's maximum, else undefined. Exact: LONGs exceed 2^53. */
function spanBeyond(rule: SpanRule, text: (name: string) => string | undefined): string | undefined {
  const from = text(rule.from);
  const to = text(rule.to);
  if (from === undefined || to === undefined || !WHOLE_NUMBER.test(from) || !WHOLE_NUMBER.test(to)) return undefined;
  const span = BigInt(to) - BigInt(from);
  return span > BigInt(rule.maximum) ? span.toString() : undefined;
}

/** The names that make a query break a rule, or undefined when it keeps it. */
function breaking(rule: PresenceRule, sent: (name: string) => boolean, holds: (when: Condition) => boolean): readonly string[] | undefined {
  switch (rule.kind) {
    case "requires": {
      const missing = rule.parameters.filter((name) => !sent(name));
      return sent(rule.if) && missing.length > 0 ? missing : undefined;
    }
    case "excludes": {
      const present = rule.parameters.filter(sent);
      return sent(rule.if) && present.length > 0 ? present : undefined;
    }
    case "required-when":
      return holds(rule.when) && !rule.parameters.some(sent) ? rule.parameters : undefined;
    case "forbidden-when": {
      const present = rule.parameters.filter(sent);
      return holds(rule.when) && present.length > 0 ? present : undefined;
    }
  }
}
