import type { OperationContract } from "@sapi-kit/contract";
import { describe, expect, it } from "vitest";
import { createBinanceApi, type OperationBehaviour } from "../../src/binance/binance-api.js";
import { createIpRateLimiter, createSapiIpRateLimiter, createUidRateLimiter } from "../../src/binance/rate-limiter.js";
import { createAccountRegistry } from "../../src/state/accounts.js";
import { createSandboxClock } from "../../src/state/sandbox-clock.js";

/**
 * An operation whose security is the API-key header alone: no signature, no
 * timestamp. Binance has such endpoints (security type USER_STREAM, e.g. a
 * user data stream's listenKey; "Endpoint security type" in
 * https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md);
 * the spec describes none yet. The generator writes `signed: false,
 * apiKey: true` for a spec entry whose only security scheme is the header
 * one (spec/generator/operation-contracts.mjs), so this entry is what a
 * scratch spec would produce: nothing in the pipeline names it.
 */
const keyOnly: OperationContract = {
  operationId: "scratchKeyOnly",
  method: "POST",
  path: "/sapi/v1/scratch/keyOnly",
  signed: false,
  apiKey: true,
  weight: { type: "UID", value: 1 },
  parameters: [{ name: "note", wire: "STRING", required: false, signerManaged: false }],
  requiredOneOf: [],
  rules: [],
};

function keyOnlyApi() {
  const now = () => 1_700_000_000_000;
  const accounts = createAccountRegistry();
  const calls: { apiKey: string | undefined; note: unknown }[] = [];
  // The behaviour records who the pipeline says is calling; the pipeline is what is under test.
  const behaviour: OperationBehaviour = ({ account, params }) => {
    calls.push({ apiKey: account?.apiKey, note: params.values.note });
    return { body: { ok: true }, executed: true };
  };
  const answer = createBinanceApi([keyOnly], { scratchKeyOnly: behaviour }, {
    accounts,
    clock: createSandboxClock(now, 0),
    limiters: { "sapi-uid": createUidRateLimiter(now), "sapi-ip": createSapiIpRateLimiter(now), "api-ip": createIpRateLimiter(now) },
  });
  const send = (apiKey: string | undefined, query = "") =>
    answer({ method: "POST", path: keyOnly.path, query, body: "", contentType: undefined, apiKey, remoteAddress: "127.0.0.1" });
  return { accounts, calls, send };
}

describe("an unsigned operation that needs an API key (a synthetic contract entry)", () => {
  it("answers 401 -2014 without a key (or a blank one) and 401 -2015 for an unknown key, never reaching the behaviour", () => {
    const { calls, send } = keyOnlyApi();
    for (const apiKey of [undefined, "", "   "]) {
      const answer = send(apiKey);
      expect([answer.status, JSON.parse(answer.body)]).toEqual([401, { code: -2014, msg: "API-key format invalid." }]);
    }
    const unknown = send("not-a-registered-key");
    expect([unknown.status, JSON.parse(unknown.body)]).toEqual([
      401,
      { code: -2015, msg: "Invalid API-key, IP, or permissions for action." },
    ]);
    expect(calls).toEqual([]);
  });

  it("serves a registered key without timestamp or signature, hands its account to the behaviour and weighs per account", () => {
    const { accounts, calls, send } = keyOnlyApi();
    const first = accounts.create({ type: "hmac" });
    const second = accounts.create({ type: "hmac" });

    const answers = [send(first.apiKey, "note=a"), send(first.apiKey), send(second.apiKey)];
    expect(answers.map((answer) => [answer.status, answer.body, answer.executed])).toEqual([
      [200, '{"ok":true}', true],
      [200, '{"ok":true}', true],
      [200, '{"ok":true}', true],
    ]);
    expect(calls).toEqual([
      { apiKey: first.apiKey, note: "a" },
      { apiKey: first.apiKey, note: undefined },
      { apiKey: second.apiKey, note: undefined },
    ]);
    // UID weight is counted per account (and endpoint), not per IP: both came from 127.0.0.1.
    expect(answers.map((answer) => answer.headers["X-SAPI-USED-UID-WEIGHT-1M"])).toEqual(["1", "2", "1"]);
  });

  it("still validates the parameters against the contract: a signature is a parameter it does not read (-1104)", () => {
    const { accounts, calls, send } = keyOnlyApi();
    const { apiKey } = accounts.create({ type: "hmac" });
    const answer = send(apiKey, "note=a&timestamp=1700000000000&signature=00");
    expect([answer.status, JSON.parse(answer.body).code]).toEqual([400, -1104]);
    expect(calls).toEqual([]);
  });
});
