import { describe, expectTypeOf, it } from "vitest";
import {
  type Fault,
  type OrderListSnapshot,
  type OrderSnapshot,
  type RequestLogEntry,
  type Sandbox,
  type SandboxAccount,
  type StandaloneSandbox,
  type StandaloneSandboxOptions,
  startSandbox,
  startStandaloneSandbox,
} from "../src/index.js";

declare const sandbox: Sandbox;

describe("public types", () => {
  it("startSandbox takes optional options and resolves to a Sandbox", () => {
    expectTypeOf(startSandbox).parameter(0).toEqualTypeOf<Parameters<typeof startSandbox>[0]>();
    expectTypeOf(startSandbox()).resolves.toEqualTypeOf<Sandbox>();
    // @ts-expect-error port must be a number
    startSandbox({ port: "0" });
  });

  it("createAccount accepts a key type, an HMAC secret or a public key, nothing else", () => {
    expectTypeOf(sandbox.createAccount({ type: "ed25519" })).resolves.toEqualTypeOf<SandboxAccount>();
    sandbox.createAccount({ apiSecret: "secret" });
    sandbox.createAccount({ apiKey: "key", publicKey: "-----BEGIN PUBLIC KEY-----" });
    // @ts-expect-error unknown key type
    sandbox.createAccount({ type: "ecdsa" });
    // @ts-expect-error neither a type, a secret nor a public key
    sandbox.createAccount({ apiKey: "key" });
  });

  it("order lists are selected by exactly one kind of id", () => {
    expectTypeOf(sandbox.getOrderList("key", { orderListId: 1 })).toEqualTypeOf<OrderListSnapshot | undefined>();
    sandbox.getOrderList("key", { listClientOrderId: "x" });
    // @ts-expect-error an id is required
    sandbox.getOrderList("key", {});
    // @ts-expect-error symbol is required
    sandbox.createOcoList("key", { isIsolated: true });
    expectTypeOf<OrderListSnapshot["status"]>().toEqualTypeOf<"OPEN" | "CANCELED" | "DONE">();
  });

  it("a standalone order is seeded with a price and comes back as an order query answers it", () => {
    expectTypeOf(sandbox.createOrder("key", { symbol: "BNBUSDT", price: "290" })).toEqualTypeOf<OrderSnapshot>();
    expectTypeOf<OrderSnapshot["orderListId"]>().toEqualTypeOf<number>();
    // @ts-expect-error a price is required
    sandbox.createOrder("key", { symbol: "BNBUSDT" });
    // @ts-expect-error the commission rate is decimal text
    startSandbox({ commissionRate: 0.001 });
  });

  it("the market takes prices as decimal text and reports which lists changed", () => {
    expectTypeOf(sandbox.setPrice("BTCUSDT", "61000")).toEqualTypeOf<number[]>();
    expectTypeOf(sandbox.lastPrice("BTCUSDT")).toEqualTypeOf<string | undefined>();
    // @ts-expect-error prices are decimal strings, never numbers
    sandbox.setPrice("BTCUSDT", 61000);
    expectTypeOf(sandbox.symbols()[0]?.lastPrice).toEqualTypeOf<string | undefined>();
  });

  it("the standalone server hands out HMAC and Ed25519 credentials and a stop", () => {
    expectTypeOf(startStandaloneSandbox).parameter(0).toEqualTypeOf<StandaloneSandboxOptions | undefined>();
    expectTypeOf<StandaloneSandbox["credentials"]["hmac"]["apiSecret"]>().toEqualTypeOf<string>();
    expectTypeOf<StandaloneSandbox["credentials"]["ed25519"]["privateKeyPem"]>().toEqualTypeOf<string>();
    expectTypeOf<StandaloneSandbox["stop"]>().toEqualTypeOf<() => Promise<void>>();
  });

  it("faults are a closed union", () => {
    sandbox.faults.inject({ type: "http-status", status: 503 }, { times: 2, match: { path: "/api/v3/time" } });
    sandbox.faults.inject({ type: "binance-error", code: -1007 });
    // @ts-expect-error -1021 is not an injectable fault (use setClockSkew)
    sandbox.faults.inject({ type: "binance-error", code: -1021 });
    // @ts-expect-error delay needs ms
    sandbox.faults.inject({ type: "delay" });
    expectTypeOf<Fault["type"]>().toEqualTypeOf<"http-status" | "binance-error" | "delay" | "drop-connection" | "malformed-json">();
  });

  it("the request log is read-only", () => {
    expectTypeOf(sandbox.requests).toEqualTypeOf<readonly RequestLogEntry[]>();
    // @ts-expect-error entries are read-only
    sandbox.requests[0].status = 200;
  });
});
