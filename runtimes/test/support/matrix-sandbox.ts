// The host side of the matrix: one loopback sandbox (Node, started by the
// test process), one account per key type, fresh OCO lists for each runtime,
// and the checks made on the sandbox's own state afterwards. A runtime passes
// only if the sandbox really cancelled each list, exactly once, with one
// request.
import {
  CANCEL_OCO_PATH,
  type KeyType,
  type Sandbox,
  type SandboxAccount,
  type SandboxOptions,
  startSandbox,
} from "@sapi-kit/sandbox";
import { expect } from "vitest";
import type { CancelOutcome, ScenarioInput } from "../../scenario/scenario-types.js";

export const SYMBOL = "LTCBTC";
export const KEY_TYPES: readonly KeyType[] = ["hmac", "rsa", "ed25519"];

export interface MatrixSandbox {
  readonly sandbox: Sandbox;
  /** Seeds one open OCO per key type, named after the runtime, and returns the scenario's input. */
  prepare(runtimeId: string): ScenarioInput;
  /**
   * The outcome is Binance's success body for that list, and the sandbox's state and log agree.
   * `preflighted`: a browser page on another origin sends a CORS preflight before the cancel.
   */
  expectCancelledOnce(input: ScenarioInput, keyType: KeyType, outcome: CancelOutcome | undefined, preflighted: boolean): void;
  close(): Promise<void>;
}

export async function startMatrixSandbox(options: SandboxOptions = {}): Promise<MatrixSandbox> {
  const sandbox = await startSandbox({ host: "127.0.0.1", ...options });
  const accounts = new Map<KeyType, SandboxAccount>();
  try {
    // Sequential: RSA key generation is the slow one, and the machine is shared.
    for (const type of KEY_TYPES) accounts.set(type, await sandbox.createAccount({ type }));
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const account = (keyType: KeyType): SandboxAccount => {
    const found = accounts.get(keyType);
    if (!found) throw new Error(`no ${keyType} account`);
    return found;
  };

  return {
    sandbox,
    prepare(runtimeId) {
      return {
        baseUrl: sandbox.url,
        symbol: SYMBOL,
        cases: KEY_TYPES.map((keyType) => {
          const { apiKey, apiSecret, privateKeyPem } = account(keyType);
          // Binance's client order id rule is ^[a-zA-Z0-9-_]{1,36}$.
          const listClientOrderId = `${runtimeId}-${keyType}`.replace(/[^a-zA-Z0-9-_]/g, "-").slice(0, 36);
          sandbox.createOcoList(apiKey, { symbol: SYMBOL, listClientOrderId });
          return {
            keyType,
            apiKey,
            listClientOrderId,
            ...(apiSecret !== undefined ? { apiSecret } : { privateKey: privateKeyPem ?? "" }),
          };
        }),
      };
    },
    expectCancelledOnce(input, keyType, outcome, preflighted) {
      const cancelCase = input.cases.find((candidate) => candidate.keyType === keyType);
      if (!cancelCase) throw new Error(`the input has no ${keyType} case`);
      const { apiKey, listClientOrderId } = cancelCase;
      const list = sandbox.getOrderList(apiKey, { listClientOrderId });
      if (!list) throw new Error(`the sandbox has no list ${listClientOrderId}`);

      // What the client handed back: Binance's success body for this list.
      expect(outcome, "the runtime reported nothing for this key").toBeDefined();
      expect(outcome?.thrown).toBeUndefined();
      expect(outcome?.error).toBeUndefined();
      expect(outcome?.status).toBe(200);
      expect(outcome?.data).toMatchObject({
        orderListId: list.orderListId,
        listClientOrderId,
        symbol: SYMBOL,
        contingencyType: "OCO",
        listStatusType: "ALL_DONE",
        listOrderStatus: "ALL_DONE",
        orderReports: list.legs.map((leg) => expect.objectContaining({ orderId: leg.orderId, status: "CANCELED" })),
      });

      // What the sandbox itself knows: cancelled, exactly once.
      expect(list).toMatchObject({ status: "CANCELED", listOrderStatus: "ALL_DONE", cancelCount: 1 });
      expect(list.legs.map((leg) => leg.status)).toEqual(["CANCELED", "CANCELED"]);

      // And what it received: one signed DELETE for this list, answered 200, executed
      // (after the browser's preflight, which executes nothing).
      const requests = sandbox.requests
        .filter((entry) => entry.path === CANCEL_OCO_PATH && new URLSearchParams(entry.query).get("listClientOrderId") === listClientOrderId)
        .map(({ method, status, code, executed }) => ({ method, status, code, executed }));
      expect(requests).toEqual([
        ...(preflighted ? [{ method: "OPTIONS", status: 204, code: undefined, executed: false }] : []),
        { method: "DELETE", status: 200, code: undefined, executed: true },
      ]);
    },
    close: () => sandbox.close(),
  };
}
