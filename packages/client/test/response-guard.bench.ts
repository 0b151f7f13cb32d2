// How much the response-side int64 guard adds: one walk of the parsed body,
// compared with the JSON.parse that produced it. Run: npx vitest bench --run
import { bench, describe } from "vitest";
import { findUnsafeInteger } from "../src/find-unsafe-integer.js";

const order = (orderId: number) => ({ symbol: "LTCBTC", orderId, clientOrderId: "pO9ufTiFGg3nw2fOdgeOXa" });
const report = (orderId: number) => ({
  ...order(orderId),
  origClientOrderId: "pO9ufTiFGg3nw2fOdgeOXa",
  orderListId: 0,
  price: "1.00000000",
  origQty: "10.00000000",
  executedQty: "0.00000000",
  cummulativeQuoteQty: "0.00000000",
  status: "CANCELED",
  timeInForce: "GTC",
  type: "STOP_LOSS_LIMIT",
  side: "SELL",
  selfTradePreventionMode: "NONE",
});
/** The seed response's shape and size. */
const text = JSON.stringify({
  orderListId: 0,
  contingencyType: "OCO",
  listStatusType: "ALL_DONE",
  listOrderStatus: "ALL_DONE",
  listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN",
  transactionTime: 1574040868128,
  symbol: "LTCBTC",
  isIsolated: false,
  orders: [order(2), order(3)],
  orderReports: [report(2), report(3)],
});
const parsed = JSON.parse(text);

describe("seed-sized cancel response", () => {
  bench("JSON.parse (what openapi-fetch already does)", () => {
    JSON.parse(text);
  });
  bench("findUnsafeInteger (what the guard adds)", () => {
    findUnsafeInteger(parsed);
  });
});
