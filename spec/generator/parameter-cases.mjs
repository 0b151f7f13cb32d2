// Turns an operation's `x-parameter-rules` into the cases a query may be in,
// so the caller types can be a plain union of object types.
//
// Why not one TypeScript union per rule, intersected? TypeScript multiplies
// intersected unions out eagerly: New OTOCO's twelve rules would make ~9,000
// members and seconds of tsc time per file. Here rules that share no
// parameter are split into independent groups, and each group's cases are
// enumerated, contradictions dropped and neighbours merged, so OTOCO comes
// out as three small unions (a few cases each).
//
// A case constrains some parameters. The state of one parameter is
// { absent, values }: whether it may be left out, and which values it may
// take when sent (null: any value of its type). `{ absent: true, values: null }`
// is no constraint at all; `{ absent: false, values: [] }` is impossible.

/**
 * @typedef {{ absent: boolean; values: string[] | null }} State
 * @typedef {Map<string, State>} Case
 * @typedef {{ name: string; required: boolean; enum?: string[]; wire: string; default?: string | number }} CaseParameter
 * @typedef {import("./parameter-rules.mjs").ParameterRule} AnyParameterRule
 * @typedef {Exclude<AnyParameterRule, import("./parameter-rules.mjs").SpanRule>} ParameterRule the rules a case can express
 */

/**
 * Whether a rule constrains which parameters are sent and with what values. A
 * `max-span` constrains the distance between two numbers, which no TypeScript
 * type can hold: it is checked at run time only (@sapi-kit/contract).
 * @param {AnyParameterRule} rule
 * @returns {rule is ParameterRule}
 */
function isShapeRule(rule) {
  return rule.kind !== "max-span";
}

/** @type {State} */
const ANY = { absent: true, values: null };
/** @type {State} */
const ABSENT = { absent: true, values: [] };
/** @type {State} */
const SENT = { absent: false, values: null };

/** The values a parameter can take, or null when unbounded (strings, numbers). @param {CaseParameter} parameter */
function domainOf(parameter) {
  if (parameter.enum) return parameter.enum;
  if (parameter.wire === "BOOLEAN") return ["true", "false"];
  return null;
}

/**
 * @param {string[] | null} a
 * @param {string[] | null} b
 */
function intersectValues(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return a.filter((value) => b.includes(value));
}

/**
 * @param {string[] | null} a
 * @param {string[] | null} b
 * @param {string[] | null} domain
 */
function unionValues(a, b, domain) {
  if (a === null || b === null) return null;
  const union = [...new Set([...a, ...b])];
  // Every value of the domain is the same as "any value".
  if (domain?.every((value) => union.includes(value))) return null;
  return domain ? domain.filter((value) => union.includes(value)) : union.sort();
}

/** @param {State} a @param {State} b */
const sameState = (a, b) =>
  a.absent === b.absent && (a.values === null ? b.values === null : b.values !== null && a.values.join("\0") === b.values.join("\0"));

/** @param {State} state */
const impossible = (state) => !state.absent && state.values !== null && state.values.length === 0;

/**
 * @param {Case} a
 * @param {Case} b
 * @param {Map<string, CaseParameter>} byName
 * @returns {Case | undefined} undefined when the two contradict each other
 */
function conjoin(a, b, byName) {
  const result = new Map(a);
  for (const [name, state] of b) {
    const current = result.get(name) ?? ANY;
    /** @type {State} */
    const both = { absent: current.absent && state.absent, values: intersectValues(current.values, state.values) };
    // A required parameter can never be left out.
    const base = baseState(/** @type {CaseParameter} */ (byName.get(name)));
    if (impossible(both) || impossible({ absent: both.absent && base.absent, values: intersectValues(both.values, base.values) })) {
      return undefined;
    }
    result.set(name, both);
  }
  return result;
}

/** What the parameter's own definition already says. @param {CaseParameter} parameter @returns {State} */
function baseState(parameter) {
  return { absent: !parameter.required, values: null };
}

/**
 * The states of a condition's parameter in which the condition holds and in
 * which it does not. Absent counts as its default (spec/README.md, "Conditions").
 * @param {{ parameter: string; in: string[] }} when
 * @param {Map<string, CaseParameter>} byName
 */
function conditionStates(when, byName) {
  const parameter = /** @type {CaseParameter} */ (byName.get(when.parameter));
  const domain = /** @type {string[]} */ (domainOf(parameter));
  const defaultValue = parameter.default === undefined ? undefined : String(parameter.default);
  const absentHolds = defaultValue !== undefined && when.in.includes(defaultValue);
  return {
    holds: { absent: absentHolds, values: domain.filter((value) => when.in.includes(value)) },
    fails: { absent: !absentHolds, values: domain.filter((value) => !when.in.includes(value)) },
  };
}

/**
 * The alternatives one rule allows (a query satisfies the rule iff it matches one).
 * @param {ParameterRule} rule
 * @param {Map<string, CaseParameter>} byName
 * @returns {Case[]}
 */
function alternatives(rule, byName) {
  const each = (/** @type {string[]} */ names, /** @type {State} */ state) => names.map((name) => /** @type {[string, State]} */ ([name, state]));
  switch (rule.kind) {
    case "requires":
      return [new Map([[rule.if, ABSENT]]), new Map([[rule.if, SENT], ...each(rule.parameters, SENT)])];
    case "excludes":
      return [new Map([[rule.if, ABSENT]]), new Map([[rule.if, SENT], ...each(rule.parameters, ABSENT)])];
    case "required-when": {
      const { holds, fails } = conditionStates(rule.when, byName);
      return [
        new Map([[rule.when.parameter, fails]]),
        ...rule.parameters.map((name) => new Map([[rule.when.parameter, holds], [name, SENT]])),
      ];
    }
    case "forbidden-when": {
      const { holds, fails } = conditionStates(rule.when, byName);
      return [new Map([[rule.when.parameter, fails]]), new Map([[rule.when.parameter, holds], ...each(rule.parameters, ABSENT)])];
    }
  }
}

/** The parameter names a rule touches. @param {ParameterRule} rule */
function namesOf(rule) {
  return "when" in rule ? [rule.when.parameter, ...rule.parameters] : [rule.if, ...rule.parameters];
}

/**
 * Rules that share a parameter end up in the same group (union-find over names).
 * @param {ParameterRule[]} rules
 * @returns {ParameterRule[][]}
 */
function groupRules(rules) {
  /** @type {Map<string, string>} */
  const parent = new Map();
  const find = (/** @type {string} */ name) => {
    let root = name;
    while (parent.get(root) !== root) root = /** @type {string} */ (parent.get(root));
    parent.set(name, root);
    return root;
  };
  for (const rule of rules) {
    const names = namesOf(rule);
    for (const name of names) if (!parent.has(name)) parent.set(name, name);
    for (const name of names.slice(1)) parent.set(find(name), find(/** @type {string} */ (names[0])));
  }
  /** @type {Map<string, ParameterRule[]>} */
  const groups = new Map();
  for (const rule of rules) {
    const root = find(/** @type {string} */ (namesOf(rule)[0]));
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  }
  return [...groups.values()];
}

/**
 * Drops constraints that say no more than the parameter's definition.
 * @param {Case} entry
 * @param {Map<string, CaseParameter>} byName
 * @returns {Case}
 */
function normalise(entry, byName) {
  /** @type {Case} */
  const result = new Map();
  for (const [name, state] of entry) {
    const parameter = /** @type {CaseParameter} */ (byName.get(name));
    const domain = domainOf(parameter);
    const values = state.values && domain?.every((value) => state.values?.includes(value)) ? null : state.values;
    // A required parameter is always sent, so its "may be left out" flag is
    // moot: stored as true, the way a case that does not mention it reads.
    const absent = parameter.required || state.absent;
    if (absent && values === null) continue;
    result.set(name, { absent, values: values && domain ? domain.filter((value) => values.includes(value)) : values });
  }
  return result;
}

/** Whether `loose` allows everything `tight` allows. @param {Case} loose @param {Case} tight */
function subsumes(loose, tight) {
  for (const [name, state] of loose) {
    const other = tight.get(name) ?? ANY;
    if (other.absent && !state.absent) return false;
    if (state.values !== null && (other.values === null || !other.values.every((value) => state.values?.includes(value)))) return false;
  }
  return true;
}

/**
 * Merges two cases that differ in one parameter only (exact: the union of
 * two such cases is again one case).
 * @param {Case} a
 * @param {Case} b
 * @param {Map<string, CaseParameter>} byName
 * @returns {Case | undefined}
 */
function merge(a, b, byName) {
  const names = new Set([...a.keys(), ...b.keys()]);
  let differing;
  for (const name of names) {
    if (sameState(a.get(name) ?? ANY, b.get(name) ?? ANY)) continue;
    if (differing !== undefined) return undefined;
    differing = name;
  }
  if (differing === undefined) return a;
  const parameter = /** @type {CaseParameter} */ (byName.get(differing));
  const x = a.get(differing) ?? ANY;
  const y = b.get(differing) ?? ANY;
  const merged = new Map(a);
  merged.set(differing, { absent: x.absent || y.absent, values: unionValues(x.values, y.values, domainOf(parameter)) });
  return normalise(merged, byName);
}

/**
 * @param {Case[]} cases
 * @param {Map<string, CaseParameter>} byName
 */
function simplify(cases, byName) {
  let current = cases.map((entry) => normalise(entry, byName));
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < current.length; i++) {
      for (let j = 0; j < current.length; j++) {
        if (i === j) continue;
        const a = /** @type {Case} */ (current[i]);
        const b = /** @type {Case} */ (current[j]);
        const replacement = subsumes(a, b) ? a : merge(a, b, byName);
        if (replacement) {
          // Keep the earlier position so the output reads in rule order.
          current = current.flatMap((entry, k) => (k === Math.min(i, j) ? [replacement] : k === i || k === j ? [] : [entry]));
          changed = true;
          break outer;
        }
      }
    }
  }
  return current;
}

/**
 * The cases of every independent group of rules. A query is valid iff it
 * matches one case of each group. Groups whose rules leave nothing to check
 * are dropped.
 * @param {AnyParameterRule[]} rules
 * @param {CaseParameter[]} parameters the operation's query parameters
 * @returns {Case[][]}
 */
export function parameterCases(rules, parameters) {
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]));
  const groups = [];
  for (const group of groupRules(rules.filter(isShapeRule))) {
    /** @type {Case[]} */
    let cases = [new Map()];
    for (const rule of group) {
      cases = cases.flatMap((entry) =>
        alternatives(rule, byName).flatMap((alternative) => conjoin(entry, alternative, byName) ?? []),
      );
    }
    const simplified = simplify(cases, byName);
    if (simplified.length === 1 && simplified[0]?.size === 0) continue;
    groups.push(simplified);
  }
  return groups;
}
