import { describe, expect, it } from "vitest";
import { startSandbox } from "../../src/index.js";
import { cancel, send, signed } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

describe("accounts", () => {
  it("generates 64-char base62 API keys and the secrets or key pairs to sign with", async () => {
    const sandbox = await startTestSandbox();
    const hmac = await sandbox.createAccount({ type: "hmac" });
    expect(hmac.apiKey).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(hmac.apiSecret).toMatch(/^[A-Za-z0-9]{64}$/);
    for (const type of ["rsa", "ed25519"] as const) {
      const account = await sandbox.createAccount({ type });
      expect(account.keyType).toBe(type);
      expect(account.privateKeyPem).toContain("BEGIN PRIVATE KEY");
      expect(account.publicKeyPem).toContain("BEGIN PUBLIC KEY");
      expect(account.apiSecret).toBeUndefined();
    }
  });

  it("refuses duplicate API keys, empty secrets and unsupported public keys without echoing secrets", async () => {
    const sandbox = await startTestSandbox();
    await sandbox.createAccount({ apiKey: "taken-key-123", apiSecret: "s3cret-value" });
    const duplicate = sandbox.createAccount({ apiKey: "taken-key-123", apiSecret: "another-s3cret" });
    await expect(duplicate).rejects.toThrow(TypeError);
    await expect(duplicate).rejects.not.toThrow(/another-s3cret/);
    await expect(sandbox.createAccount({ apiSecret: "" })).rejects.toThrow(TypeError);
    await expect(sandbox.createAccount({ publicKey: "not a pem" })).rejects.toThrow();
    await expect(sandbox.createAccount({ apiKey: "has space", apiSecret: "x" })).rejects.toThrow(TypeError);
  });
});

describe("order lists", () => {
  it("creates lists like the seed (STOP_LOSS_LIMIT then LIMIT_MAKER) with monotonically increasing ids", async () => {
    const sandbox = await startTestSandbox({ now: () => 1_574_040_868_128 });
    const account = await sandbox.createAccount({ type: "hmac" });
    const first = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const second = sandbox.createOcoList(account.apiKey, {
      symbol: "BNBUSDT",
      isIsolated: true,
      listClientOrderId: "my-list",
      side: "BUY",
      quantity: 2.5,
      price: "300.1",
      stopPrice: "310",
      stopLimitPrice: "311",
    });
    expect(first).toMatchObject({ status: "OPEN", listStatusType: "EXEC_STARTED", listOrderStatus: "EXECUTING", cancelCount: 0, isIsolated: false, createdAt: 1_574_040_868_128 });
    expect(first.listClientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(first.legs.map((leg) => leg.type)).toEqual(["STOP_LOSS_LIMIT", "LIMIT_MAKER"]);
    expect(second.orderListId).toBeGreaterThan(first.orderListId);
    expect(second.legs[0].orderId).toBeGreaterThan(first.legs[1].orderId);
    expect(second.legs[1].orderId).toBeGreaterThan(second.legs[0].orderId);
    expect(second.legs[0]).toMatchObject({ side: "BUY", origQty: "2.50000000", price: "311.00000000", stopPrice: "310.00000000", status: "NEW" });
    expect(second.legs[1]).toMatchObject({ price: "300.10000000" });
    expect(second.legs[1]).not.toHaveProperty("stopPrice");
  });

  it("rejects bad seeds: unknown account, lowercase symbol, bad decimals, reused open listClientOrderId", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    expect(() => sandbox.createOcoList("nobody", { symbol: "LTCBTC" })).toThrow(TypeError);
    expect(() => sandbox.createOcoList(account.apiKey, { symbol: "ltcbtc" })).toThrow(TypeError);
    expect(() => sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", price: "-1" })).toThrow(TypeError);
    expect(() => sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", quantity: "1.123456789" })).toThrow(TypeError);
    sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "once" });
    expect(() => sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "once" })).toThrow(TypeError);
  });

  it("reads state by either id, per account, as snapshots that cannot change the sandbox", async () => {
    const sandbox = await startTestSandbox();
    const alice = await sandbox.createAccount({ type: "hmac" });
    const bob = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(alice.apiKey, { symbol: "LTCBTC", listClientOrderId: "alice-1" });
    sandbox.createOcoList(bob.apiKey, { symbol: "LTCBTC" });

    expect(sandbox.getOrderList(alice.apiKey, { listClientOrderId: "alice-1" })?.orderListId).toBe(list.orderListId);
    expect(sandbox.getOrderList(bob.apiKey, { orderListId: list.orderListId })).toBeUndefined();
    expect(sandbox.orderLists(alice.apiKey)).toHaveLength(1);
    expect(sandbox.orderLists()).toHaveLength(2);

    const snapshot = sandbox.getOrderList(alice.apiKey, { orderListId: list.orderListId });
    (snapshot?.legs[0] as { status: string }).status = "CANCELED";
    expect(sandbox.getOrderList(alice.apiKey, { orderListId: list.orderListId })?.legs[0].status).toBe("NEW");
  });

  it("lets a listClientOrderId be reused once the earlier list is done, and finds the open one", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const old = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "reused" });
    await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: old.orderListId });
    const fresh = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "reused" });
    expect(sandbox.getOrderList(account.apiKey, { listClientOrderId: "reused" })?.orderListId).toBe(fresh.orderListId);
    const result = await cancel(sandbox, account, { symbol: "LTCBTC", listClientOrderId: "reused" });
    expect(result.body.orderListId).toBe(fresh.orderListId);
  });

  it("honours a chosen orderListId, keeps later ids monotonic, and refuses reuse", async () => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: "hmac" });
    const chosen = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", orderListId: 41 });
    expect(chosen.orderListId).toBe(41);
    expect(sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" }).orderListId).toBe(42);
    expect(() => sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", orderListId: 41 })).toThrow(/already used/);
    for (const bad of [-1, 1.5, 2 ** 53]) {
      expect(() => sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", orderListId: bad })).toThrow(/safe integer/);
    }
    const { status } = await cancel(sandbox, account, { symbol: "LTCBTC", orderListId: 41 });
    expect(status).toBe(200);
  });
});

describe("request log", () => {
  it("records method, path, raw query, status and code, and never a secret or private key", async () => {
    const sandbox = await startTestSandbox();
    const hmac = await sandbox.createAccount({ type: "hmac" });
    const ed = await sandbox.createAccount({ type: "ed25519" });
    const list = sandbox.createOcoList(hmac.apiKey, { symbol: "LTCBTC" });
    await cancel(sandbox, hmac, { symbol: "LTCBTC", orderListId: list.orderListId });
    await cancel(sandbox, ed, { symbol: "LTCBTC", orderListId: 999 });
    await send(sandbox, "GET", "/api/v3/time");

    const [first, second, third] = sandbox.requests;
    expect(first).toMatchObject({ method: "DELETE", path: "/sapi/v1/margin/orderList", status: 200, executed: true });
    expect(first?.query).toMatch(/^symbol=LTCBTC&orderListId=\d+&timestamp=\d+&signature=[0-9a-f]{64}$/);
    expect(first?.apiKey).toBe(`${hmac.apiKey.slice(0, 6)}…`);
    expect(second).toMatchObject({ status: 400, code: -2011, executed: false });
    expect(third).toMatchObject({ method: "GET", path: "/api/v3/time", status: 200 });

    const everything = JSON.stringify(sandbox.requests);
    for (const secret of [hmac.apiSecret, ed.privateKeyPem, hmac.apiKey, ed.apiKey]) {
      expect(everything).not.toContain(secret);
    }
    sandbox.clearRequests();
    expect(sandbox.requests).toEqual([]);
  });

  it("answers unknown paths with 404 and logs them", async () => {
    const sandbox = await startTestSandbox();
    const result = await send(sandbox, "GET", "/sapi/v1/margin/nothingHere");
    expect(result.status).toBe(404);
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 404, path: "/sapi/v1/margin/nothingHere" });
  });
});

describe("server", () => {
  it("listens on 127.0.0.1 and a free port by default", async () => {
    const sandbox = await startTestSandbox();
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.port).toBeGreaterThan(0);
  });

  it("refuses non-loopback hosts", async () => {
    await expect(startSandbox({ host: "0.0.0.0" })).rejects.toThrow(/loopback/);
  });
});

describe("standalone orders and the commission rate", () => {
  it("createOrder seeds a resting LIMIT order (orderListId -1) that a price move fills as a maker", async () => {
    const sandbox = await startTestSandbox({ commissionRate: "0.001" });
    const account = await sandbox.createAccount({ type: "hmac" });
    const order = sandbox.createOrder(account.apiKey, { symbol: "BNBUSDT", price: "290", quantity: "2", clientOrderId: "dip-buy" });
    expect(order).toMatchObject({ symbol: "BNBUSDT", orderListId: -1, clientOrderId: "dip-buy", type: "LIMIT", side: "BUY", status: "NEW", isWorking: true });
    expect(sandbox.orderLists(account.apiKey)).toEqual([]);
    expect(() => sandbox.createOrder(account.apiKey, { symbol: "BNBUSDT", price: "280", clientOrderId: "dip-buy" })).toThrow(TypeError);
    expect(() => sandbox.createOrder("no-such-key", { symbol: "BNBUSDT", price: "280" })).toThrow(TypeError);
    expect(() => sandbox.createOrder(account.apiKey, { symbol: "BNBUSDT", price: "-1" })).toThrow(TypeError);
    sandbox.setPrice("BNBUSDT", "289");
    // A BUY receives the base asset: 2 BNB x 0.001.
    const trades = await signed(sandbox, account, "GET", "/sapi/v1/margin/myTrades", { symbol: "BNBUSDT" });
    expect(trades.body).toMatchObject([{ orderId: order.orderId, price: "290.00000000", qty: "2.00000000", quoteQty: "580.00000000", commission: "0.00200000", commissionAsset: "BNB", isMaker: true }]);
  });

  it("refuses a commission rate outside [0, 1)", async () => {
    await expect(startSandbox({ commissionRate: "1.5" })).rejects.toThrow(TypeError);
  });
});
