// Every sentence the CLI prints, in English (en.ts) and Simplified Chinese
// (zh-CN.ts), including every detail inside an error (file-system reasons, why
// a response could not be read, how to check an order list). Both follow one
// Catalog type (catalog.ts), so a missing translation is a type error, not a
// surprise. Only two things are printed as they come: Binance's own `msg`, and
// the message of an unexpected error.
import type { Catalog, Locale } from "./catalog.js";
import { en } from "./en.js";
import { zhCN } from "./zh-CN.js";

export { type Catalog, type ListLine, LOCALES, type Locale, type TradeAction, type TradeRef } from "./catalog.js";
export type { GapReason, WatchedAccount } from "./watch-catalog.js";

export const messages: Record<Locale, Catalog> = { en, "zh-CN": zhCN };
