// The tests every real client goes through, written once: each client file
// says only how its client is built and driven (`ClientUnderTest`), and what
// that client reports when Binance refuses a repeated cancel.
//   1. every key type x every cancel case (selector x margin mode) cancels;
//   2. a repeated cancel is refused with -2011, and the client hands on the
//      sandbox's refusal unchanged;
//   3. every key type x every list kind the client can place: the lifecycle;
//   4. each margin account: every leg's state on demand through the six order
//      operations (`describeOrderConformance`, order-scenario.ts).
import type { SandboxAccount } from "@sapi-kit/sandbox";
import { describe, expect, it } from "vitest";
import { acceptedBody, rejection } from "./call-outcome.js";
import { ALL_KEY_TYPES, CANCEL_CASES, CROSS, cancelRequestFor, SELECTORS } from "./cancel-cases.js";
import type { ConformanceSandbox, Refusal } from "./conformance-sandbox.js";
import { type ListKind, lifecycleCases } from "./lifecycle-cases.js";
import { ORDER_MODES } from "./order-cases.js";
import { type LifecycleClient, runLifecycle, type Transport } from "./order-list-lifecycle.js";
import { type OrderClient, type OrderScenario, runOrderScenario } from "./order-scenario.js";
import { placeOtoOverHttp } from "./signed-seed.js";

export interface ClientUnderTest<Rejection> {
  /** How test titles name the client, e.g. "ccxt (binance)". */
  readonly name: string;
  /** The client's own methods for the endpoints, for a client built for `account`. */
  readonly connect: (account: SandboxAccount) => LifecycleClient<Rejection>;
  /** The list kinds the client has its own place method for. */
  readonly placeKinds: readonly ListKind[];
  /** Where the client puts a placement's parameters. */
  readonly placeTransport: Transport;
  readonly repeatedCancel: {
    /** Says what the client reports, e.g. "throws OrderNotFound carrying -2011". */
    readonly reports: string;
    /** The reduced rejection the client must report, given the sandbox's refusal. */
    readonly expected: (refusal: Refusal) => Rejection;
  };
}

export function describeClientConformance<Rejection>(conformance: ConformanceSandbox, client: ClientUnderTest<Rejection>): void {
  describe.each(ALL_KEY_TYPES)(`${client.name}, %s key`, (keyType) => {
    for (const { name, selector, mode } of CANCEL_CASES) {
      it(`cancels ${name}`, async () => {
        const account = await conformance.account(keyType);
        const list = conformance.seed(account, mode);

        const outcome = await client.connect(account).cancel(cancelRequestFor(list, selector, mode));

        conformance.expectCancelled(account, list, acceptedBody(outcome));
      });
    }
  });

  describe(`${client.name}, repeated cancel`, () => {
    it.each(SELECTORS)(`by %s: the repeat ${client.repeatedCancel.reports}`, async (selector) => {
      const account = await conformance.account("hmac");
      const mode = CROSS;
      const list = conformance.seed(account, mode);
      const connected = client.connect(account);
      const request = cancelRequestFor(list, selector, mode);
      acceptedBody(await connected.cancel(request));

      const repeat = await connected.cancel(request);

      const refusal = conformance.expectRepeatRefused(account, list);
      expect(rejection(repeat)).toEqual(client.repeatedCancel.expected(refusal));
    });
  });

  describe.each(ALL_KEY_TYPES)(`${client.name}, %s key: the order-list lifecycle`, (keyType) => {
    for (const { name, kind, mode } of lifecycleCases(client.placeKinds)) {
      it(`places ${name}, queries it by each id, finds it open and in all, cancels it`, async () => {
        const account = await conformance.account(keyType);

        await runLifecycle({ conformance, account, mode, kind, client: client.connect(account), placeTransport: client.placeTransport });
      });
    }
  });
}

export interface OrderClientUnderTest<Rejection> {
  /** How test titles name the client, e.g. "ccxt (binance)". */
  readonly name: string;
  /** The client's own methods for the six order operations, for a client built for `account`. */
  readonly connect: (account: SandboxAccount) => OrderClient<Rejection>;
  /** How the cancel-all step's pending OTO is placed; default: a signed request the test sends itself. */
  readonly placePendingOto?: (account: SandboxAccount) => OrderScenario<Rejection>["placePendingOto"];
}

export function describeOrderConformance<Rejection>(conformance: ConformanceSandbox, client: OrderClientUnderTest<Rejection>): void {
  describe(`${client.name}: every leg's state on demand (order queries, trade list, cancel order, cancel-all)`, () => {
    for (const mode of ORDER_MODES) {
      it(`${mode.name}: a filled and an expired leg, one trade, a leg cancel ending its list, cancel-all`, async () => {
        // A fresh account per mode: its orders, trades and lists are this test's alone.
        const account = await conformance.sandbox.createAccount({ type: "hmac" });
        const placePendingOto = client.placePendingOto?.(account) ?? ((request) => placeOtoOverHttp(conformance, account, request));

        await runOrderScenario({ conformance, account, mode, client: client.connect(account), placePendingOto });
      });
    }
  });
}
