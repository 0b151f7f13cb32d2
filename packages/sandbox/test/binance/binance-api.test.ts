import type { OperationContract } from "@sapi-kit/contract";
import { describe, expect, it } from "vitest";
import { createBinanceApi, type OperationBehaviour } from "../../src/binance/binance-api.js";
import { createIpRateLimiter, createSapiIpRateLimiter, createUidRateLimiter } from "../../src/binance/rate-limiter.js";
import { createAccountRegistry } from "../../src/state/accounts.js";
import { createSandboxClock } from "../../src/state/sandbox-clock.js";
import { withSignature } from "../helpers/independent-signing.js";

/**
 * An operation whose security is the API-key header alone: no signature, no
 * timestamp. Binance has such endpoints (security type USER_STREAM, e.g. a
 * user data stream's listenKey; "Endpoint security type" in
 * https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md;
 * the spec's `POST /sapi/v1/userListenToken`). The generator writes `signed: false,
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

  it("still validates the parameters against the contract: a name it does not define is -1104", () => {
    const { accounts, calls, send } = keyOnlyApi();
    const { apiKey } = accounts.create({ type: "hmac" });
    const answer = send(apiKey, "note=a&unknown=1");
    expect([answer.status, JSON.parse(answer.body).code]).toEqual([400, -1104]);
    expect(calls).toEqual([]);
  });

  // Clients sign USER_STREAM calls too (binance by tiagosiebler signs POST /sapi/v1/userListenToken) and
  // Binance answers them: the spec lists "key alone" and "key + signature" as security alternatives.
  it("serves a signed request too, reading timestamp and signature as the signed-request rules do", () => {
    const { accounts, calls, send } = keyOnlyApi();
    const account = accounts.create({ type: "hmac" });
    const answer = send(account.apiKey, withSignature(account, "note=a&timestamp=1700000000000&recvWindow=5000"));
    expect([answer.status, answer.body]).toEqual([200, '{"ok":true}']);
    expect(calls).toEqual([{ apiKey: account.apiKey, note: "a" }]);
  });

  it("gives a signed request the SIGNED checks: a wrong signature is -1022, a stale timestamp -1021", () => {
    const { accounts, calls, send } = keyOnlyApi();
    const account = accounts.create({ type: "hmac" });
    const forged = send(account.apiKey, "note=a&timestamp=1700000000000&signature=00");
    expect([forged.status, JSON.parse(forged.body).code]).toEqual([400, -1022]);
    const stale = send(account.apiKey, withSignature(account, "note=a&timestamp=1699999000000"));
    expect([stale.status, JSON.parse(stale.body).code]).toEqual([400, -1021]);
    expect(calls).toEqual([]);
  });
});
