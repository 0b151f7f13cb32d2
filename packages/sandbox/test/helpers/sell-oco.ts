// The OCO several tests place: BTCUSDT starts at 60000 in the default symbol
// table, so a move to 61000 fills the limit maker and a move to 59000
// triggers the stop.
export const SELL_OCO = {
  symbol: "BTCUSDT",
  side: "SELL",
  quantity: "0.01",
  price: "61000",
  stopPrice: "59000",
  stopLimitPrice: "58900",
  stopLimitTimeInForce: "GTC",
} as const;
