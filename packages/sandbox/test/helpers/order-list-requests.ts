// Order lists several tests place, engine and HTTP alike. BTCUSDT starts at
// 60000 and BNBUSDT at 300 in the default symbol table.

/** A move to 61000 fills the limit maker; a move to 59000 triggers the stop. */
export const SELL_OCO = {
  symbol: "BTCUSDT",
  side: "SELL",
  quantity: "0.01",
  price: "61000",
  stopPrice: "59000",
  stopLimitPrice: "58900",
  stopLimitTimeInForce: "GTC",
} as const;

/** A move to 295 fills the working BUY and places the pending SELL at 310. */
export const BNB_OTO = {
  symbol: "BNBUSDT",
  workingType: "LIMIT",
  workingSide: "BUY",
  workingPrice: "295",
  workingQuantity: "1",
  workingTimeInForce: "GTC",
  pendingType: "LIMIT",
  pendingSide: "SELL",
  pendingPrice: "310",
  pendingQuantity: "1",
  pendingTimeInForce: "GTC",
} as const;
