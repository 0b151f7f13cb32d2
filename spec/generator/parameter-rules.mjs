// Reads an operation's `x-parameter-rules` (spec/README.md, "x-parameter-rules")
// into plain data, refusing rules the generated client types and the operation contract
// could not honour. The spec's lint rule checks the same things on the source;
// the generator checks again because it may be run on any bundle.

/**
 * @typedef {{ parameter: string; in: string[] }} Condition
 * @typedef {{ kind: "requires" | "excludes"; if: string; parameters: string[] }} TriggeredRule
 * @typedef {{ kind: "required-when" | "forbidden-when"; when: Condition; parameters: string[] }} ConditionalRule
 * @typedef {{ kind: "max-span"; from: string; to: string; maximum: number }} SpanRule
 * @typedef {TriggeredRule | ConditionalRule | SpanRule} ParameterRule
 * @typedef {{ name: string; required: boolean; signerManaged: boolean; enum?: string[]; wire: string }} NamedParameter
 */

/**
 * A condition names an enum parameter of the operation and some of its values.
 * @param {any} when
 * @param {Map<string, NamedParameter>} byName
 * @param {string} where
 * @returns {Condition}
 */
export function checkCondition(when, byName, where) {
  const parameter = byName.get(when?.parameter);
  if (!parameter) throw new Error(`${where}: condition parameter "${when?.parameter}" is not a query parameter of the operation`);
  if (!Array.isArray(when.in) || when.in.length === 0) throw new Error(`${where}: condition "in" must be a non-empty list`);
  const allowed = parameter.enum ?? (parameter.wire === "BOOLEAN" ? ["true", "false"] : undefined);
  if (!allowed) throw new Error(`${where}: condition parameter "${parameter.name}" must be an enum`);
  for (const value of when.in) {
    if (!allowed.includes(value)) throw new Error(`${where}: "${value}" is not a value of ${parameter.name} (${allowed.join(", ")})`);
  }
  return { parameter: parameter.name, in: [...when.in] };
}

const TRIGGERED = new Set(["requires", "excludes"]);
const CONDITIONAL = new Set(["required-when", "forbidden-when"]);

/**
 * @param {unknown} rules the raw extension value
 * @param {Map<string, NamedParameter>} byName the operation's query parameters
 * @param {string} where e.g. "POST /sapi/v1/margin/order/oco"
 * @returns {ParameterRule[]}
 */
export function readParameterRules(rules, byName, where) {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw new Error(`${where}: x-parameter-rules must be a list of rules`);
  return rules.map((/** @type {any} */ rule, index) => {
    const here = `${where}: x-parameter-rules[${index}]`;
    /** @param {unknown} name */
    const callerSent = (name) => {
      const parameter = typeof name === "string" ? byName.get(name) : undefined;
      if (!parameter || parameter.required || parameter.signerManaged) {
        throw new Error(`${here} names "${String(name)}", which is not an optional, caller-sent query parameter of the operation`);
      }
      return parameter.name;
    };
    if (rule?.kind === "max-span") return spanRule(rule, callerSent, byName, here);
    if (!Array.isArray(rule?.parameters) || rule.parameters.length === 0) throw new Error(`${here}: parameters must be a non-empty list`);
    const parameters = rule.parameters.map(callerSent);
    if (TRIGGERED.has(rule.kind)) {
      const trigger = callerSent(rule.if);
      if (parameters.includes(trigger)) throw new Error(`${here}: "${trigger}" cannot ${rule.kind === "requires" ? "require" : "exclude"} itself`);
      return { kind: rule.kind, if: trigger, parameters };
    }
    if (CONDITIONAL.has(rule.kind)) {
      const when = checkCondition(rule.when, byName, here);
      if (parameters.includes(when.parameter)) throw new Error(`${here}: the condition's parameter "${when.parameter}" cannot be among the rule's parameters`);
      return { kind: rule.kind, when, parameters };
    }
    throw new Error(`${here}: unknown kind ${JSON.stringify(rule?.kind)} (requires, excludes, required-when, forbidden-when, max-span)`);
  });
}

/**
 * `max-span`: when both `from` and `to` are sent, `to - from` may not exceed
 * `maximum` (two integer parameters, e.g. startTime / endTime in milliseconds).
 * @param {any} rule
 * @param {(name: unknown) => string} callerSent
 * @param {Map<string, NamedParameter>} byName
 * @param {string} here
 * @returns {SpanRule}
 */
function spanRule(rule, callerSent, byName, here) {
  const from = callerSent(rule.from);
  const to = callerSent(rule.to);
  if (from === to) throw new Error(`${here}: "from" and "to" must be two different parameters`);
  for (const name of [from, to]) {
    const wire = byName.get(name)?.wire;
    if (wire !== "LONG" && wire !== "INT" && wire !== "OTHER") throw new Error(`${here}: "${name}" must be an integer parameter`);
  }
  if (!Number.isSafeInteger(rule.maximum) || rule.maximum <= 0) throw new Error(`${here}: maximum must be a positive integer`);
  return { kind: "max-span", from, to, maximum: rule.maximum };
}
