import { describe, expect, it } from "vitest";
import { lintDocument } from "./support/lint.js";
import { cancelOcoOperation, type Json, readSourceSpec } from "./support/spec-document.js";

const OPERATION = "#/paths/~1sapi~1v1~1margin~1orderList/delete";

async function lintMutated(mutate: (spec: Json) => void) {
  const spec = readSourceSpec();
  mutate(spec);
  return lintDocument(spec);
}

describe("x-required-one-of rule", () => {
  it.each([
    ["a name that is not a parameter", [["orderListId", "orderListID"]], /not a query parameter/],
    ["a parameter that is already required", [["symbol", "orderListId"]], /already required/],
    ["a group of one", [["orderListId"]], /at least two/],
    ["a bare list instead of groups", ["orderListId", "listClientOrderId"], /at least two/],
  ])("rejects %s", async (_name, groups, message) => {
    const problems = await lintMutated((spec) => {
      cancelOcoOperation(spec)["x-required-one-of"] = groups;
    });
    expect(problems).toContainEqual(expect.objectContaining({ ruleId: "sapi-kit/required-one-of", message: expect.stringMatching(message) }));
  });
});

describe("x-weight rule", () => {
  it("requires a weight on every operation", async () => {
    const problems = await lintMutated((spec) => {
      delete spec.paths["/api/v3/time"].get["x-weight"];
    });
    expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/request-weight", pointer: "#/paths/~1api~1v3~1time/get" })]);
  });

  it.each([
    ["an unknown type", { type: "ORDER", value: 1 }],
    ["a zero value", { type: "UID", value: 0 }],
    ["a fractional value", { type: "UID", value: 1.5 }],
  ])("rejects %s", async (_name, weight) => {
    const problems = await lintMutated((spec) => {
      cancelOcoOperation(spec)["x-weight"] = weight;
    });
    expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/request-weight", pointer: `${OPERATION}/x-weight` })]);
  });
});

describe("x-signer-managed rule", () => {
  it("rejects a value other than true", async () => {
    const problems = await lintMutated((spec) => {
      spec.components.parameters.timestamp["x-signer-managed"] = "yes";
    });
    expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/signer-managed" })]);
  });

  it("rejects it on an optional parameter", async () => {
    const problems = await lintMutated((spec) => {
      spec.components.parameters.recvWindow["x-signer-managed"] = true;
    });
    expect(problems).toEqual([expect.objectContaining({ ruleId: "sapi-kit/signer-managed", message: expect.stringMatching(/required query/) })]);
  });
});

describe("example validation", () => {
  it("rejects a 200 example that does not match the schema", async () => {
    const problems = await lintMutated((spec) => {
      cancelOcoOperation(spec).responses["200"].content["application/json"].example.isIsolated = "false";
    });
    expect(problems.map((problem) => problem.ruleId)).toContain("no-invalid-media-type-examples");
  });

  it("rejects an example field the schema does not declare", async () => {
    const problems = await lintMutated((spec) => {
      cancelOcoOperation(spec).responses["200"].content["application/json"].example.orderListID = 0;
    });
    expect(problems.map((problem) => problem.ruleId)).toContain("no-invalid-media-type-examples");
  });

  it("rejects an error example without msg", async () => {
    const problems = await lintMutated((spec) => {
      delete spec.components.responses.Unauthorized.content["application/json"].examples.rejectedApiKey.value.msg;
    });
    expect(problems.map((problem) => problem.ruleId)).toContain("no-invalid-media-type-examples");
  });
});
