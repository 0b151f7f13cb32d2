// One sandbox per test file, and the checks every client's results go
// through. A client passes only if the sandbox both answered success and
// really changed state, exactly once.
import {
  CANCEL_OCO_PATH,
  type KeyType,
  type OrderListSnapshot,
  type RequestLogEntry,
  type Sandbox,
  type SandboxAccount,
  startSandbox,
} from "@sapi-kit/sandbox";
import { afterAll, beforeAll, expect } from "vitest";
import { type MarginMode, SYMBOL } from "./cancel-cases.js";

/**
 * Binance's answer to a cancel of a list that is not open (a repeated cancel
 * included): HTTP 400 with -2011 CANCEL_REJECTED (Binance's error codes,
 * https://developers.binance.com/docs/binance-spot-api-docs/errors). The
 * message text is the sandbox's to choose and cite (for this endpoint a real
 * answer reads "Unknown order list sent.", python-binance#1221); the tests
 * check that each client hands on whatever the server said, unchanged.
 */
export const UNKNOWN_ORDER = { status: 400, code: -2011 } as const;

/** A refusal exactly as the sandbox sent it. */
export interface Refusal {
  /** The response body text, byte for byte. */
  readonly raw: string;
  readonly body: { readonly code: number; readonly msg: string };
}

export interface ConformanceSandbox {
  readonly sandbox: Sandbox;
  /** The account of this key type, created once per file (RSA key generation is slow). */
  account(keyType: KeyType): Promise<SandboxAccount>;
  /** Seeds an open OCO list in `mode` and forgets earlier requests, so the log holds only what follows. */
  seed(account: SandboxAccount, mode: MarginMode): OrderListSnapshot;
  /** The response body is Binance's success body for `list`, and the sandbox cancelled it, once, with one request. */
  expectCancelled(account: SandboxAccount, list: OrderListSnapshot, body: unknown): void;
  /**
   * After a cancel and a repeat: the repeat was refused with HTTP 400 / -2011
   * and changed nothing. Returns that refusal, to compare with what the client reported.
   */
  expectRepeatRefused(account: SandboxAccount, list: OrderListSnapshot): Refusal;
}

/** Registers beforeAll/afterAll hooks: a fresh loopback sandbox for the calling test file. */
export function useConformanceSandbox(): ConformanceSandbox {
  let started: Sandbox | undefined;
  const accounts = new Map<KeyType, Promise<SandboxAccount>>();

  beforeAll(async () => {
    // Default limits: a file sends a few dozen requests, far below the UID weight limit.
    started = await startSandbox({ host: "127.0.0.1" });
  });
  afterAll(async () => {
    await started?.close();
  });

  const current = (): Sandbox => {
    if (!started) throw new Error("the conformance sandbox is not running (use it inside a test)");
    return started;
  };
  const cancelRequests = (): Pick<RequestLogEntry, "method" | "status" | "code" | "executed">[] =>
    current()
      .requests.filter((entry) => entry.path === CANCEL_OCO_PATH)
      .map(({ method, status, code, executed }) => ({ method, status, code, executed }));
  const stateOf = (account: SandboxAccount, list: OrderListSnapshot) =>
    current().getOrderList(account.apiKey, { orderListId: list.orderListId });

  return {
    get sandbox() {
      return current();
    },
    account(keyType) {
      let account = accounts.get(keyType);
      if (!account) {
        account = current().createAccount({ type: keyType });
        accounts.set(keyType, account);
      }
      return account;
    },
    seed(account, mode) {
      const list = current().createOcoList(account.apiKey, { symbol: SYMBOL, isIsolated: mode.isolated });
      current().clearRequests();
      return list;
    },
    expectCancelled(account, list, body) {
      expect(body).toMatchObject({
        orderListId: list.orderListId,
        listClientOrderId: list.listClientOrderId,
        symbol: list.symbol,
        isIsolated: list.isIsolated,
        contingencyType: "OCO",
        listStatusType: "ALL_DONE",
        listOrderStatus: "ALL_DONE",
      });
      const reports = (body as { orderReports?: unknown[] }).orderReports;
      expect(reports).toHaveLength(2);
      expect(reports).toEqual(
        expect.arrayContaining(
          list.legs.map((leg) =>
            expect.objectContaining({ orderId: leg.orderId, origClientOrderId: leg.clientOrderId, status: "CANCELED" }),
          ),
        ),
      );
      expect(stateOf(account, list)).toMatchObject({
        status: "CANCELED",
        listStatusType: "ALL_DONE",
        listOrderStatus: "ALL_DONE",
        cancelCount: 1,
        legs: [{ status: "CANCELED" }, { status: "CANCELED" }],
      });
      // One request, answered 200 and executed: no client-side retry, no stray call.
      expect(cancelRequests()).toEqual([{ method: "DELETE", status: 200, code: undefined, executed: true }]);
    },
    expectRepeatRefused(account, list) {
      expect(stateOf(account, list)).toMatchObject({ status: "CANCELED", cancelCount: 1 });
      expect(cancelRequests()).toEqual([
        { method: "DELETE", status: 200, code: undefined, executed: true },
        { method: "DELETE", status: UNKNOWN_ORDER.status, code: UNKNOWN_ORDER.code, executed: false },
      ]);
      const raw = current().requests.filter((entry) => entry.path === CANCEL_OCO_PATH).at(-1)?.responseBody ?? "";
      const body = JSON.parse(raw) as Refusal["body"];
      expect(body).toEqual({ code: UNKNOWN_ORDER.code, msg: expect.stringMatching(/\S/) });
      return { raw, body };
    },
  };
}
