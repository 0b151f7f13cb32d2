import { conditionProblems, isPlainObject, queryParametersOf, quoteAll, schemaOf } from "../parameter-conditions.mjs";

/**
 * `x-parameter-rules` on an operation lists conditional rules between its
 * query parameters (see ../../README.md, "x-parameter-rules"). Client type
 * generation turns them into compile errors and the sandbox into Binance
 * error codes, so a typo would silently switch a rule off: every name must be
 * an optional, caller-sent query parameter of the operation, every kind must
 * be known, and every condition value must be one the parameter can take.
 *
 * Kinds and their fields:
 * - `requires`:       `if: <name>`, `parameters: [<name>...]`; when `if` is sent, all of `parameters` must be.
 * - `excludes`:       `if: <name>`, `parameters: [<name>...]`; when `if` is sent, none of `parameters` may be.
 * - `required-when`:  `when: { parameter, in }`, `parameters`; when the condition holds, at least one of `parameters` must be sent.
 * - `forbidden-when`: `when: { parameter, in }`, `parameters`; when the condition holds, none of `parameters` may be sent.
 * - `max-span`:       `from: <name>`, `to: <name>`, `maximum: <positive integer>`; when both are sent,
 *                     `to` minus `from` may not exceed `maximum` (two integer parameters, e.g. startTime / endTime).
 */
const KINDS = {
  requires: "if",
  excludes: "if",
  "required-when": "when",
  "forbidden-when": "when",
  "max-span": "from",
};

export function ParameterRules() {
  return {
    Operation: {
      enter(operation, ctx) {
        const rules = operation["x-parameter-rules"];
        if (rules === undefined) return;
        const where = ctx.location.child(["x-parameter-rules"]);
        if (!Array.isArray(rules) || rules.length === 0) {
          ctx.report({ message: "x-parameter-rules must be a non-empty list of rules.", location: where });
          return;
        }
        const queryParameters = queryParametersOf(operation, ctx);
        const seen = new Set();
        rules.forEach((rule, index) => {
          const location = where.child([index]);
          for (const message of ruleProblems(rule, queryParameters, ctx)) ctx.report({ message, location });
          const key = JSON.stringify(rule);
          if (seen.has(key)) ctx.report({ message: "This rule repeats an earlier one.", location });
          seen.add(key);
        });
      },
    },
  };
}

function ruleProblems(rule, queryParameters, ctx) {
  if (!isPlainObject(rule)) return ["Each x-parameter-rules entry must be an object with a kind."];
  const trigger = KINDS[rule.kind];
  if (trigger === undefined) {
    return [`Unknown x-parameter-rules kind ${JSON.stringify(rule.kind)}; known kinds: ${quoteAll(Object.keys(KINDS))}.`];
  }
  if (rule.kind === "max-span") return spanProblems(rule, queryParameters, ctx);
  const allowedKeys = ["kind", trigger, "parameters"];
  const extra = Object.keys(rule).filter((key) => !allowedKeys.includes(key));
  if (extra.length > 0) return [`A "${rule.kind}" rule takes only ${quoteAll(allowedKeys)}, not ${quoteAll(extra)}.`];

  const problems = [];
  let triggerName;
  if (trigger === "if") {
    triggerName = rule.if;
    problems.push(...nameProblems(rule.if, '"if"', queryParameters));
  } else {
    const conditionIssues = conditionProblems(rule.when, queryParameters, ctx);
    problems.push(...conditionIssues);
    if (conditionIssues.length === 0) triggerName = rule.when.parameter;
  }

  const names = rule.parameters;
  if (!Array.isArray(names) || names.length === 0) {
    problems.push(`A "${rule.kind}" rule needs "parameters", a non-empty list of query parameter names.`);
    return problems;
  }
  for (const name of names) problems.push(...nameProblems(name, '"parameters"', queryParameters));
  if (new Set(names).size !== names.length) problems.push('"parameters" lists a name twice.');
  if (triggerName !== undefined && names.includes(triggerName)) {
    problems.push(`"${triggerName}" cannot be both the trigger and one of "parameters" of the same rule.`);
  }
  return problems;
}

/**
 * A name the rule constrains or triggers on: an optional query parameter the
 * caller sends. A required one needs no "requires", and could never be
 * "excluded" or "forbidden" without making the operation uncallable.
 */
function nameProblems(name, field, queryParameters) {
  if (typeof name !== "string") return [`${field} must hold query parameter names (strings).`];
  const parameter = queryParameters.get(name);
  if (!parameter) return [`${field} names "${name}", which is not a query parameter of this operation.`];
  if (parameter.required === true) return [`${field} names "${name}", which is already required on its own.`];
  return [];
}

/** A `max-span` rule: two different optional integer parameters and a positive integer maximum. */
function spanProblems(rule, queryParameters, ctx) {
  const allowedKeys = ["kind", "from", "to", "maximum"];
  const extra = Object.keys(rule).filter((key) => !allowedKeys.includes(key));
  if (extra.length > 0) return [`A "max-span" rule takes only ${quoteAll(allowedKeys)}, not ${quoteAll(extra)}.`];
  const problems = [...nameProblems(rule.from, '"from"', queryParameters), ...nameProblems(rule.to, '"to"', queryParameters)];
  for (const name of [rule.from, rule.to]) {
    const parameter = typeof name === "string" ? queryParameters.get(name) : undefined;
    if (parameter && schemaOf(parameter, ctx)?.type !== "integer") problems.push(`"${name}" must be an integer parameter to measure a span.`);
  }
  if (typeof rule.from === "string" && rule.from === rule.to) problems.push('"from" and "to" must name two different parameters.');
  if (!Number.isSafeInteger(rule.maximum) || rule.maximum <= 0) problems.push('"maximum" must be a positive integer.');
  return problems;
}
