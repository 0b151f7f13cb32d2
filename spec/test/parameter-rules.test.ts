import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FIXTURES_DIR, lintDocument } from "./support/lint.js";
import type { Json } from "./support/spec-document.js";

// The fixture uses each x-parameter-rules kind and an x-weight variant once;
// every case below breaks exactly one thing and expects exactly one finding.
const FIXTURE = "parameter-rules.yaml";
const OPERATION = "#/paths/~1api~1v3~1lists/get";
const RULES = `${OPERATION}/x-parameter-rules`;
const VARIANTS = `${OPERATION}/x-weight/variants`;

function fixture(): Json {
  return parse(readFileSync(join(FIXTURES_DIR, FIXTURE), "utf8"));
}

function operationOf(document: Json): Json {
  return document.paths["/api/v3/lists"].get;
}

async function lintWith(mutate: (operation: Json) => void) {
  const document = fixture();
  mutate(operationOf(document));
  return lintDocument(document);
}

describe("x-parameter-rules rule", () => {
  it("passes the fixture, which uses every kind", async () => {
    const kinds = operationOf(fixture())["x-parameter-rules"].map((rule: Json) => rule.kind);
    expect(kinds).toEqual(["requires", "excludes", "required-when", "forbidden-when", "max-span"]);
    expect(await lintWith(() => {})).toEqual([]);
  });

  it.each([
    ["an unknown kind", 0, (rule: Json) => {
      rule.kind = "implies";
    }, /Unknown x-parameter-rules kind "implies"/],
    ["a misspelt trigger name", 0, (rule: Json) => {
      rule.if = "prise";
    }, /"if" names "prise", which is not a query parameter/],
    ["a misspelt constrained name", 1, (rule: Json) => {
      rule.parameters.push("endtime");
    }, /"parameters" names "endtime"/],
    ["a required parameter", 1, (rule: Json) => {
      rule.parameters.push("limit");
    }, /"limit", which is already required/],
    ["an empty parameters list", 0, (rule: Json) => {
      rule.parameters = [];
    }, /needs "parameters"/],
    ["a name twice", 1, (rule: Json) => {
      rule.parameters.push("startTime");
    }, /lists a name twice/],
    ["the trigger among its own parameters", 0, (rule: Json) => {
      rule.parameters.push("price");
    }, /both the trigger and one of "parameters"/],
    ["a field of another kind", 0, (rule: Json) => {
      rule.when = { parameter: "isIsolated", in: ["TRUE"] };
    }, /takes only "kind", "if", "parameters"/],
    ["\"if\" on a *-when kind", 2, (rule: Json) => {
      rule.if = "price";
    }, /takes only "kind", "when", "parameters"/],
    ["a condition value the enum lacks", 2, (rule: Json) => {
      rule.when.in = ["true"];
    }, /lists "true", which "isIsolated" cannot take/],
    ["a condition on a parameter without enum", 3, (rule: Json) => {
      rule.when.parameter = "symbol";
    }, /"symbol", which has no enum/],
    ["a condition on an unknown parameter", 3, (rule: Json) => {
      rule.when.parameter = "isolated";
    }, /"isolated", which is not a query parameter/],
    ["a condition with no values", 2, (rule: Json) => {
      rule.when.in = [];
    }, /needs "in", a non-empty list/],
    ["a condition with an extra key", 2, (rule: Json) => {
      rule.when.equals = "TRUE";
    }, /takes only "parameter" and "in"/],
    ["a max-span naming an unknown parameter", 4, (rule: Json) => {
      rule.to = "endtime";
    }, /"to" names "endtime", which is not a query parameter/],
    ["a max-span on a string parameter", 4, (rule: Json) => {
      rule.from = "price";
    }, /"price" must be an integer parameter/],
    ["a max-span from a parameter to itself", 4, (rule: Json) => {
      rule.to = "startTime";
    }, /two different parameters/],
    ["a max-span without a positive integer maximum", 4, (rule: Json) => {
      rule.maximum = "24h";
    }, /"maximum" must be a positive integer/],
    ["a max-span with a field of another kind", 4, (rule: Json) => {
      rule.parameters = ["startTime"];
    }, /takes only "kind", "from", "to", "maximum"/],
  ] as [string, number, (rule: Json) => void, RegExp][])("rejects %s", async (_name, index, breakRule, message) => {
    const problems = await lintWith((operation) => breakRule(operation["x-parameter-rules"][index]));
    expect(problems).toEqual([{ ruleId: "sapi-kit/parameter-rules", pointer: `${RULES}/${index}`, message: expect.stringMatching(message) }]);
  });

  it("rejects a rule that repeats another", async () => {
    const problems = await lintWith((operation) => {
      operation["x-parameter-rules"].push(structuredClone(operation["x-parameter-rules"][0]));
    });
    expect(problems).toEqual([expect.objectContaining({ pointer: `${RULES}/5`, message: expect.stringMatching(/repeats/) })]);
  });

  it("rejects a list that is empty or not a list", async () => {
    for (const value of [[], { kind: "requires" }]) {
      const problems = await lintWith((operation) => {
        operation["x-parameter-rules"] = value;
      });
      expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/parameter-rules", pointer: RULES })]);
    }
  });

  it("rejects a condition naming a signer-managed parameter", async () => {
    const problems = await lintWith((operation) => {
      const isIsolated = operation.parameters[0];
      Object.assign(isIsolated, { required: true, "x-signer-managed": true });
      // Only the forbidden-when rule (now at index 2) still names it.
      operation["x-parameter-rules"].splice(2, 1);
      delete operation["x-weight"].variants;
    });
    expect(problems).toEqual([expect.objectContaining({ pointer: `${RULES}/2`, message: expect.stringMatching(/the signer sets/) })]);
  });
});

describe("x-weight variants", () => {
  it("accepts a variant priced per trading symbol when an optional parameter is not sent", async () => {
    expect(
      await lintWith((operation) => {
        operation["x-weight"].variants.push({ value: 10, perTradingSymbol: true, when: { parameter: "symbol", sent: false } });
      }),
    ).toEqual([]);
  });

  it.each([
    ["a zero value", (variant: Json) => {
      variant.value = 0;
    }, /Each x-weight variant is/],
    ["an extra key", (variant: Json) => {
      variant.type = "UID";
    }, /Each x-weight variant is/],
    ["a condition value the enum lacks", (variant: Json) => {
      variant.when.in = ["YES"];
    }, /lists "YES"/],
    ["a missing condition", (variant: Json) => {
      delete variant.when;
    }, /A condition must be an object/],
    ["an absence condition on a required parameter", (variant: Json) => {
      variant.when = { parameter: "limit", sent: false };
    }, /"limit", which is required/],
    ["an absence condition with sent: true", (variant: Json) => {
      variant.when = { parameter: "symbol", sent: true };
    }, /exactly \{ parameter, sent: false \}/],
    ["a perTradingSymbol other than true", (variant: Json) => {
      variant.perTradingSymbol = "yes";
    }, /perTradingSymbol\?: true/],
  ] as [string, (variant: Json) => void, RegExp][])("rejects %s", async (_name, breakVariant, message) => {
    const problems = await lintWith((operation) => breakVariant(operation["x-weight"].variants[0]));
    expect(problems).toEqual([{ ruleId: "sapi-kit/request-weight", pointer: `${VARIANTS}/0`, message: expect.stringMatching(message) }]);
  });

  it("rejects an empty variants list", async () => {
    const problems = await lintWith((operation) => {
      operation["x-weight"].variants = [];
    });
    expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/request-weight", pointer: VARIANTS })]);
  });
});
