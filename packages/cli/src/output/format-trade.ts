// The trade list for humans: one line per trade, with its order, which side
// of it the account was on, price, quantity, commission and time.
import type { UsageHeaders } from "@sapi-kit/signer";
import { type Locale, messages } from "./messages/index.js";
import { usageLine } from "./summary-parts.js";

/** The fields transport/response-shape.ts has checked; `quoteQty` is not on Binance's margin page. */
interface Trade {
  id: number;
  orderId: number;
  symbol: string;
  price: string;
  qty: string;
  quoteQty?: string;
  commission: string;
  commissionAsset: string;
  isBuyer: boolean;
  isMaker: boolean;
  time: number;
}

export function formatTrades(data: unknown, usage: UsageHeaders, locale: Locale): string {
  const trades = data as Trade[];
  const words = messages[locale];
  if (trades.length === 0) return `${[words.noTrades, ...usageLine(usage, locale)].join("\n")}\n`;
  const lines = [
    `${words.tradeCount(trades.length, (trades[0] as Trade).symbol)}${words.colon.trimEnd()}`,
    ...trades.map((trade) => `  ${words.tradeLine({ ...trade, time: new Date(trade.time).toISOString() })}`),
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}
