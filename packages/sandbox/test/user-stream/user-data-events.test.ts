import { describe, expect, it } from "vitest";
import { SELL_OCO } from "../helpers/order-list-requests.js";
import { eventLine, listenToken, streamSetup, subscribe } from "../helpers/stream-fixture.js";
import { connectWsApi } from "../helpers/ws-api-client.js";

// BNBUSDT starts at 300 (the default symbol table).

async function movePrice(sandbox: { url: string }, symbol: string, price: string) {
  const response = await fetch(`${sandbox.url}/sandbox/v1/price`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ symbol, price }),
  });
  expect(response.status).toBe(200);
}

describe("user data events on /ws-api/v3: each subscription receives its own account's events, in Binance's order", () => {
  it("cross + one isolated symbol on one connection, an OCO on each, prices move: exactly each one's executionReports and listStatus", async () => {
    const { sandbox, account, client } = await streamSetup({ commissionRate: "0.001" });
    const other = await sandbox.createAccount({ type: "hmac" });
    const ws = await connectWsApi(sandbox);
    const cross = await subscribe(ws, (await listenToken(sandbox, account)).token);
    const isolated = await subscribe(ws, (await listenToken(sandbox, account, { symbol: "BTCUSDT" })).token);
    expect([cross, isolated]).toEqual([0, 1]);

    const crossOco = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    const isolatedOco = await client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } });
    expect([crossOco.error, isolatedOco.error]).toEqual([undefined, undefined]);
    // Another account's list and a seeded list of the isolated account on another symbol: nobody here follows them.
    sandbox.createOcoList(other.apiKey, { symbol: "BTCUSDT", price: "61000", stopPrice: "59000" });
    sandbox.createOcoList(account.apiKey, { symbol: "BNBUSDT", isIsolated: true, price: "310", stopPrice: "290" });

    expect((await ws.drainEvents()).map(eventLine)).toEqual([
      "0 BTCUSDT order 1 NEW NEW",
      "0 BTCUSDT order 2 NEW NEW",
      "0 BTCUSDT list 0 EXEC_STARTED EXECUTING",
      "1 BTCUSDT order 3 NEW NEW",
      "1 BTCUSDT order 4 NEW NEW",
      "1 BTCUSDT list 1 EXEC_STARTED EXECUTING",
    ]);

    // The limit makers (orders 2 and 4) fill at 61000; their stop legs expire (OCO_TRIGGER).
    await movePrice(sandbox, "BTCUSDT", "61000");
    await movePrice(sandbox, "BNBUSDT", "290");
    const fills = await ws.drainEvents();
    expect(fills.map(eventLine)).toEqual([
      "0 BTCUSDT order 2 TRADE FILLED trade 1",
      "0 BTCUSDT order 1 EXPIRED EXPIRED OCO_TRIGGER",
      "0 BTCUSDT list 0 ALL_DONE ALL_DONE",
      "1 BTCUSDT order 4 TRADE FILLED trade 2",
      "1 BTCUSDT order 3 EXPIRED EXPIRED OCO_TRIGGER",
      "1 BTCUSDT list 1 ALL_DONE ALL_DONE",
    ]);
    // The trade as the trade list has it: id, price, quantity, commission.
    const trades = await client.GET("/sapi/v1/margin/myTrades", { params: { query: { symbol: "BTCUSDT" } } });
    const trade = trades.data?.[0];
    expect(fills[0].event).toMatchObject({
      g: 0,
      c: crossOco.data?.orderReports?.[1]?.clientOrderId,
      C: "",
      l: "0.01000000",
      z: "0.01000000",
      L: "61000.00000000",
      Y: "610.00000000",
      Z: "610.00000000",
      n: trade?.commission,
      N: "USDT",
      t: trade?.id,
      m: true,
      w: false,
    });
    expect(fills[1].event).toMatchObject({ x: "EXPIRED", X: "EXPIRED", eR: "OCO_TRIGGER", l: "0.00000000", n: "0", N: null, t: -1 });
    expect(fills[2].event).toMatchObject({ e: "listStatus", c: "OCO", C: crossOco.data?.listClientOrderId, O: [{ s: "BTCUSDT", i: 1 }, { s: "BTCUSDT", i: 2 }] });
    expect(ws.problems).toEqual([]);
  });

  it("a cancel: CANCELED per leg with the cancel's id as c and the order's as C, then the list ALL_DONE", async () => {
    const { sandbox, account, client } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account)).token);
    const placed = await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    await ws.drainEvents();
    await client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "BTCUSDT", orderListId: 0, newClientOrderId: "my-cancel" } } });
    const events = await ws.drainEvents();
    expect(events.map(eventLine)).toEqual(["0 BTCUSDT order 1 CANCELED CANCELED", "0 BTCUSDT order 2 CANCELED CANCELED", "0 BTCUSDT list 0 ALL_DONE ALL_DONE"]);
    expect(events[0].event).toMatchObject({ c: "my-cancel", C: placed.data?.orderReports?.[0]?.clientOrderId, w: false });
    expect(ws.problems).toEqual([]);
  });

  it("cancel-all: the standalone order first, then each list, as the answer orders them; a standalone fill reports g -1", async () => {
    const { sandbox, account, client } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account)).token);
    sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", side: "BUY", price: "50000" });
    await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    const answer = await client.DELETE("/sapi/v1/margin/openOrders", { params: { query: { symbol: "BTCUSDT" } } });
    expect(answer.error).toBeUndefined();
    expect((await ws.drainEvents()).map(eventLine)).toEqual([
      "0 BTCUSDT order 1 NEW NEW",
      "0 BTCUSDT order 2 NEW NEW",
      "0 BTCUSDT order 3 NEW NEW",
      "0 BTCUSDT list 0 EXEC_STARTED EXECUTING",
      "0 BTCUSDT order 1 CANCELED CANCELED",
      "0 BTCUSDT order 2 CANCELED CANCELED",
      "0 BTCUSDT order 3 CANCELED CANCELED",
      "0 BTCUSDT list 0 ALL_DONE ALL_DONE",
    ]);
    sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", side: "BUY", price: "50000" });
    await movePrice(sandbox, "BTCUSDT", "50000");
    const events = await ws.drainEvents();
    expect(events.map(eventLine)).toEqual(["0 BTCUSDT order 4 NEW NEW", "0 BTCUSDT order 4 TRADE FILLED trade 1"]);
    expect(events[1].event).toMatchObject({ g: -1, L: "50000.00000000", m: true });
    expect(ws.problems).toEqual([]);
  });

  it("an OTOCO: the working order's fill, the pending pair placed (NEW, on the book), a trigger, a fill, each step's listStatus", async () => {
    const { sandbox, account, client } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account)).token);
    const placed = await client.POST("/sapi/v1/margin/order/otoco", {
      params: {
        query: {
          symbol: "BNBUSDT",
          workingType: "LIMIT",
          workingSide: "BUY",
          workingPrice: "295",
          workingQuantity: "1",
          workingTimeInForce: "GTC",
          pendingSide: "SELL",
          pendingQuantity: "1",
          pendingAboveType: "LIMIT_MAKER",
          pendingAbovePrice: "301",
          pendingBelowType: "STOP_LOSS_LIMIT",
          pendingBelowStopPrice: "289",
          pendingBelowPrice: "290",
          pendingBelowTimeInForce: "GTC",
        },
      },
    });
    expect(placed.error).toBeUndefined();
    await movePrice(sandbox, "BNBUSDT", "295");
    await movePrice(sandbox, "BNBUSDT", "289");
    await movePrice(sandbox, "BNBUSDT", "290");
    const events = await ws.drainEvents();
    expect(events.map(eventLine)).toEqual([
      "0 BNBUSDT order 1 NEW NEW",
      "0 BNBUSDT order 2 NEW PENDING_NEW",
      "0 BNBUSDT order 3 NEW PENDING_NEW",
      "0 BNBUSDT list 0 EXEC_STARTED EXECUTING",
      "0 BNBUSDT order 1 TRADE FILLED trade 1",
      "0 BNBUSDT order 2 NEW NEW",
      "0 BNBUSDT order 3 NEW NEW",
      "0 BNBUSDT list 0 EXEC_STARTED EXECUTING",
      // The stop leg triggers at 289 (a SELL limit at 290 rests on the book); its partner expires.
      "0 BNBUSDT order 2 NEW NEW",
      "0 BNBUSDT order 3 EXPIRED EXPIRED OCO_TRIGGER",
      "0 BNBUSDT list 0 EXEC_STARTED EXECUTING",
      "0 BNBUSDT order 2 TRADE FILLED trade 2",
      "0 BNBUSDT list 0 ALL_DONE ALL_DONE",
    ]);
    expect(events[1].event).toMatchObject({ X: "PENDING_NEW", w: false });
    expect(events[8].event).toMatchObject({ o: "STOP_LOSS_LIMIT", w: true, W: expect.any(Number), P: "289.00000000" });
    expect(ws.problems).toEqual([]);
  });

  it("no subscription of another account or margin mode sees an event, and nobody sees one twice", async () => {
    const { sandbox, account, client } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    const otherAccount = await sandbox.createAccount({ type: "hmac" });
    // The isolated ETHUSDT account and another account's cross account: neither places anything.
    await subscribe(ws, (await listenToken(sandbox, account, { symbol: "ETHUSDT" })).token);
    await subscribe(ws, (await listenToken(sandbox, otherAccount)).token);
    await client.POST("/sapi/v1/margin/order/oco", { params: { query: SELL_OCO } });
    await client.POST("/sapi/v1/margin/order/oco", { params: { query: { ...SELL_OCO, isIsolated: "TRUE" } } });
    await movePrice(sandbox, "BTCUSDT", "61000");
    expect(await ws.drainEvents()).toEqual([]);
    // The same account followed twice (two connections) gets each event once per connection.
    const second = await connectWsApi(sandbox);
    await subscribe(second, (await listenToken(sandbox, otherAccount)).token);
    sandbox.createOcoList(otherAccount.apiKey, { symbol: "BTCUSDT", price: "62000", stopPrice: "59000" });
    const [first, again] = [await ws.drainEvents(), await second.drainEvents()];
    expect(first.map(eventLine)).toEqual(["1 BTCUSDT order 5 NEW NEW", "1 BTCUSDT order 6 NEW NEW", "1 BTCUSDT list 2 EXEC_STARTED EXECUTING"]);
    expect(again.map((frame) => frame.event)).toEqual(first.map((frame) => frame.event));
    expect([...ws.problems, ...second.problems]).toEqual([]);
  });
});
