// "Adding an operation to the spec is enough": a scratch copy of
// spec/openapi.yaml gets one more operation (with an x-required-one-of group
// and an x-parameter-rules rule) and nothing else changes. The generator then
// yields a typed call that enforces both rules (checked by tsc on a small
// caller file) and the request contract for it, which @sapi-kit/contract's
// checker (the sandbox's validation, the CLI's checks) enforces. Signing needs
// nothing per operation (the signer signs whatever query it is handed) and the
// docs entry comes from Redoc reading the spec.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkQuery, type OperationContract } from "@sapi-kit/contract";
import { listOperations, readSpec, SOURCE_SPEC_PATH } from "@sapi-kit/spec/loader";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { repoRoot, specDir } from "../generator/spec-bundle.mjs";

const PATH = "/sapi/v1/margin/order";

/** The operation a contributor would add: Binance's margin "New Order", reduced to a few parameters. */
function newOrderOperation(document: { paths: Record<string, Record<string, { responses: unknown; security: unknown }>> }) {
  const oco = document.paths["/sapi/v1/margin/order/oco"]?.post;
  if (!oco) throw new Error("the spec no longer has New OCO to borrow responses from");
  const decimal = { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$" };
  return {
    post: {
      operationId: "marginNewOrder",
      tags: ["Margin Trading"],
      summary: "Margin Account New Order (TRADE)",
      "x-summary-zh-CN": "杠杆账户下单 (TRADE)",
      description: "Post a new order for a margin account.",
      "x-description-zh-CN": "杠杆账户下单。",
      "x-weight": { type: "UID", value: 6 },
      "x-required-one-of": [["quantity", "quoteOrderQty"]],
      "x-parameter-rules": [{ kind: "requires", if: "icebergQty", parameters: ["timeInForce"] }],
      security: oco.security,
      parameters: [
        { $ref: "#/components/parameters/symbol" },
        { $ref: "#/components/parameters/accountIsIsolated" },
        { name: "side", in: "query", required: true, schema: { type: "string", enum: ["BUY", "SELL"] } },
        { name: "type", in: "query", required: true, schema: { type: "string", enum: ["LIMIT", "MARKET"] } },
        { name: "quantity", in: "query", required: false, schema: decimal },
        { name: "quoteOrderQty", in: "query", required: false, schema: decimal },
        { name: "price", in: "query", required: false, schema: decimal },
        { name: "icebergQty", in: "query", required: false, schema: decimal },
        { name: "timeInForce", in: "query", required: false, schema: { type: "string", enum: ["GTC", "IOC", "FOK"] } },
        { $ref: "#/components/parameters/recvWindow" },
        { $ref: "#/components/parameters/timestamp" },
      ],
      responses: oco.responses,
    },
  };
}

const CALLER = `import createFetchClient from "openapi-fetch";
import type { CallerPaths } from "${join(repoRoot, "packages/client/src/caller-paths.js")}";
import type { OperationRules } from "./client/operation-rules.js";
import type { paths } from "./client/schema.js";

const client = createFetchClient<CallerPaths<paths, OperationRules>>();
const path = "${PATH}";

client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "MARKET", quantity: "0.01" } } });
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "MARKET", quoteOrderQty: "100" } } });
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "LIMIT", price: "1", quantity: "1", icebergQty: "0.1", timeInForce: "GTC" } } });
// @ts-expect-error quantity or quoteOrderQty must be sent (x-required-one-of)
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "MARKET" } } });
// @ts-expect-error icebergQty requires timeInForce (x-parameter-rules)
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "LIMIT", price: "1", quantity: "1", icebergQty: "0.1" } } });
// @ts-expect-error the signer owns timestamp
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "MARKET", quantity: "1", timestamp: 1 } } });
// @ts-expect-error quantities are decimal strings
client.POST(path, { params: { query: { symbol: "BTCUSDT", side: "BUY", type: "MARKET", quantity: 1 } } });
`;

let scratch: string;
beforeAll(async () => {
  // Inside the package so the caller file resolves openapi-fetch like any consumer would.
  await mkdir(join(specDir, "node_modules/.cache"), { recursive: true });
  scratch = await mkdtemp(join(specDir, "node_modules/.cache/eighth-operation-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("one more operation added to a copy of the spec", () => {
  test("gets a typed client call with its rules and a checked request contract, with no hand edits", async () => {
    const document = readSpec(SOURCE_SPEC_PATH);
    // The path holds the order query and cancel; New Order is its POST, which the spec does not have yet.
    expect(document.paths[PATH]?.post, "pick an operation the spec does not have yet").toBeUndefined();
    const before = listOperations(document).length;
    document.paths[PATH] = { ...document.paths[PATH], ...newOrderOperation(document) };
    const specPath = join(scratch, "openapi.yaml");
    await writeFile(specPath, stringify(document));

    const generate = spawnSync(
      process.execPath,
      [join(specDir, "generator/generate.mjs"), "--spec", specPath, "--out", join(scratch, "client"), "--contract-out", join(scratch, "contract")],
      { encoding: "utf8" },
    );
    expect(generate.stderr).toBe("");
    expect(generate.status).toBe(0);

    // The client: tsc accepts the valid calls and every @ts-expect-error line fails to compile.
    await writeFile(join(scratch, "caller.ts"), CALLER);
    await writeFile(
      join(scratch, "tsconfig.json"),
      JSON.stringify({ extends: join(repoRoot, "tsconfig.base.json"), compilerOptions: { noEmit: true, types: [] }, files: ["caller.ts"] }),
    );
    const tsc = spawnSync(process.execPath, [join(specDir, "node_modules/typescript/bin/tsc"), "-p", join(scratch, "tsconfig.json")], {
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);

    // The contract lists it, with everything the sandbox's validation and the CLI's checks need.
    const { operations, operationsById } = await import(join(scratch, "contract/operations.ts"));
    expect(operations).toHaveLength(before + 1);
    expect(operationsById.marginNewOrder).toMatchObject({
      method: "POST",
      path: PATH,
      signed: true,
      apiKey: true,
      weight: { type: "UID", value: 6 },
      requiredOneOf: [["quantity", "quoteOrderQty"]],
      rules: [{ kind: "requires", if: "icebergQty", parameters: ["timeInForce"] }],
    });
    expect(operationsById.marginNewOrder.parameters).toEqual(
      expect.arrayContaining([
        { name: "symbol", wire: "STRING", required: true, signerManaged: false, minLength: 1 },
        { name: "isIsolated", wire: "ENUM", required: false, signerManaged: false, enum: ["TRUE", "FALSE"], caseInsensitive: true, default: "FALSE" },
        { name: "quantity", wire: "DECIMAL", required: false, signerManaged: false, pattern: "^[0-9]+(\\.[0-9]+)?$" },
        { name: "timeInForce", wire: "ENUM", required: false, signerManaged: false, enum: ["GTC", "IOC", "FOK"] },
        { name: "recvWindow", wire: "LONG", required: false, signerManaged: false, minimum: 1, maximum: 60000 },
        { name: "timestamp", wire: "LONG", required: true, signerManaged: true },
      ]),
    );

    // The one checker the sandbox and the CLI use enforces both rules on it, with no edit to either.
    const contract: OperationContract = operationsById.marginNewOrder;
    const check = (query: Record<string, string>) => checkQuery(contract, query, { skip: ["timestamp"] });
    expect(check({ symbol: "BTCUSDT", side: "BUY", type: "MARKET", quantity: "0.01" })).toEqual([]);
    expect(check({ symbol: "BTCUSDT", side: "BUY", type: "MARKET" })).toEqual([
      { kind: "required-one-of", group: ["quantity", "quoteOrderQty"] },
    ]);
    expect(check({ symbol: "BTCUSDT", side: "BUY", type: "LIMIT", price: "1", quantity: "1", icebergQty: "0.1" })).toEqual([
      { kind: "rule", rule: { kind: "requires", if: "icebergQty", parameters: ["timeInForce"] }, parameters: ["timeInForce"] },
    ]);
  }, 240_000);
});
