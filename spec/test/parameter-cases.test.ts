// The case split behind the compile-time parameter rules must be exact: a
// query matches one case of every group iff it satisfies every rule. Checked
// by brute force over every query of small random rule sets, with the rules'
// meaning written out independently here (spec/README.md, "x-parameter-rules").
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Case, type CaseParameter, parameterCases } from "../generator/parameter-cases.mjs";
import type { ParameterRule } from "../generator/parameter-rules.mjs";

/** A query: parameter name -> value sent (absent names are left out). */
type Query = Record<string, string>;

const ENUM_VALUES = ["A", "B", "C"];

/** Three enum parameters (one required, one with a default) and three plain ones. */
const universe: CaseParameter[] = [
  { name: "e1", required: false, enum: ENUM_VALUES, wire: "ENUM", default: "A" },
  { name: "e2", required: false, enum: ENUM_VALUES, wire: "ENUM" },
  { name: "e3", required: true, enum: ENUM_VALUES, wire: "ENUM" },
  { name: "p1", required: false, wire: "STRING" },
  { name: "p2", required: false, wire: "STRING" },
  { name: "p3", required: false, wire: "STRING" },
];
const enums = universe.filter((parameter) => parameter.enum).map((parameter) => parameter.name);
const optional = universe.filter((parameter) => !parameter.required).map((parameter) => parameter.name);

const sent = (query: Query, name: string) => name in query;
const effective = (query: Query, name: string) => {
  const fallback = universe.find((parameter) => parameter.name === name)?.default;
  return query[name] ?? (fallback === undefined ? undefined : String(fallback));
};

function satisfies(query: Query, rule: ParameterRule): boolean {
  switch (rule.kind) {
    case "requires":
      return !sent(query, rule.if) || rule.parameters.every((name) => sent(query, name));
    case "excludes":
      return !sent(query, rule.if) || rule.parameters.every((name) => !sent(query, name));
    case "required-when": {
      const value = effective(query, rule.when.parameter);
      return value === undefined || !rule.when.in.includes(value) || rule.parameters.some((name) => sent(query, name));
    }
    case "forbidden-when": {
      const value = effective(query, rule.when.parameter);
      return value === undefined || !rule.when.in.includes(value) || rule.parameters.every((name) => !sent(query, name));
    }
    case "max-span":
      // A distance between two values, not which parameters are sent: the cases leave it to run time.
      return true;
  }
}

function matches(query: Query, entry: Case): boolean {
  for (const [name, state] of entry) {
    if (!sent(query, name)) {
      if (!state.absent) return false;
    } else if (state.values !== null && !state.values.includes(query[name] as string)) return false;
  }
  return true;
}

/** Every query over the universe: each enum absent (unless required) or one of its values, each plain one absent or "x". */
function allQueries(): Query[] {
  let queries: Query[] = [{}];
  for (const parameter of universe) {
    const options: (string | undefined)[] = [...(parameter.enum ?? ["x"]), ...(parameter.required ? [] : [undefined])];
    queries = queries.flatMap((query) => options.map((value) => (value === undefined ? query : { ...query, [parameter.name]: value })));
  }
  return queries;
}
const queries = allQueries();

const subset = (names: string[]) => fc.subarray(names, { minLength: 1 });
const rule: fc.Arbitrary<ParameterRule> = fc.oneof(
  fc
    .tuple(fc.constantFrom("requires" as const, "excludes" as const), fc.constantFrom(...optional))
    .chain(([kind, trigger]) =>
      subset(optional.filter((name) => name !== trigger)).map((parameters) => ({ kind, if: trigger, parameters })),
    ),
  fc
    .tuple(fc.constantFrom("required-when" as const, "forbidden-when" as const), fc.constantFrom(...enums), subset(ENUM_VALUES))
    .chain(([kind, parameter, values]) =>
      subset(optional.filter((name) => name !== parameter)).map((parameters) => ({ kind, when: { parameter, in: values }, parameters })),
    ),
);

describe("parameterCases", () => {
  // Exhaustive over every query for each random rule set: CPU-bound, so it gets more than vitest's
  // 5 s default on a busy CI box, and the failure message is only built for a mismatch.
  test("a query matches one case of each group exactly when it satisfies every rule", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 5 }), (rules) => {
        const groups = parameterCases(rules, universe);
        for (const query of queries) {
          const byRules = rules.every((each) => satisfies(query, each));
          const byCases = groups.every((group) => group.some((entry) => matches(query, entry)));
          if (byCases !== byRules) expect(byCases, JSON.stringify({ rules, query })).toBe(byRules);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("rules over separate parameters stay separate groups, so the unions do not multiply", () => {
    const groups = parameterCases(
      [
        { kind: "requires", if: "p1", parameters: ["p2"] },
        { kind: "required-when", when: { parameter: "e2", in: ["B"] }, parameters: ["p3"] },
      ],
      universe,
    );
    expect(groups.map((group) => group.length)).toEqual([2, 2]);
  });

  test("a rule that cannot fail leaves no group", () => {
    // e3 is required and every value is listed: "forbidden-when" then only says p1 is never sent.
    expect(parameterCases([{ kind: "forbidden-when", when: { parameter: "e3", in: ["A", "B", "C"] }, parameters: ["p1"] }], universe)).toEqual([
      [new Map([["p1", { absent: true, values: [] }]])],
    ]);
    // A condition no value can meet constrains nothing.
    expect(parameterCases([{ kind: "required-when", when: { parameter: "e2", in: [] }, parameters: ["p1"] }], universe)).toEqual([]);
  });
});

describe("parameterCases and max-span", () => {
  test("a max-span rule adds no case: the types cannot hold a distance, the contract's checker enforces it", () => {
    const span: ParameterRule = { kind: "max-span", from: "p1", to: "p2", maximum: 10 };
    expect(parameterCases([span], universe)).toEqual([]);
    const excludes: ParameterRule = { kind: "excludes", if: "p3", parameters: ["p1"] };
    expect(parameterCases([span, excludes], universe)).toEqual(parameterCases([excludes], universe));
  });
});
