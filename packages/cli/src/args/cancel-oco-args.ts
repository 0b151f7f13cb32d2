// The options of `sapi-kit margin cancel-oco`, read by hand rather than from
// the operation's generated contract as the other margin commands are: its
// messages and checks predate the contract and are documented and tested as
// they are (the symbol before the ids, "exactly one of the two ids", a
// recvWindow message in ms, an id too large pointing at
// --list-client-order-id), which the contract's generic checks would word and
// order differently.
// The rule the contract states and the sandbox applies (Binance's -1100 legal range, widened to letters and digits of any script):
// checked here too, so a typo is a usage error (exit 2) and never reaches the exchange.
import { SYMBOL } from "@sapi-kit/contract";
import { type Locale, messages } from "../output/messages/index.js";
import { UsageError } from "./usage-error.js";

export interface CancelOcoArgs {
  symbol: string;
  orderListId?: number;
  listClientOrderId?: string;
  isolated: boolean;
  recvWindow?: number;
  newClientOrderId?: string;
  baseUrl?: string;
  sandbox: boolean;
  json: boolean;
}

/** The options cancel-oco takes besides the ones every margin command takes. */
export const CANCEL_OCO_OPTIONS = {
  values: ["--symbol", "--order-list-id", "--list-client-order-id", "--recv-window", "--new-client-order-id"],
  switches: ["--isolated"],
};

function parseId(option: string, raw: string, locale: Locale): number {
  const text = messages[locale];
  if (!/^\d+$/.test(raw)) throw new UsageError(text.badInteger(option, raw));
  // Compare as BigInt: Number(raw) would already have rounded a huge id.
  if (BigInt(raw) > BigInt(Number.MAX_SAFE_INTEGER)) throw new UsageError(text.unsafeInteger(option));
  return Number(raw);
}

function parseRecvWindow(raw: string, locale: Locale): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= 60000)) throw new UsageError(messages[locale].badRecvWindow(raw));
  return value;
}

function parseSymbol(raw: string | undefined, locale: Locale): string | undefined {
  const symbol = nonEmpty("--symbol", raw, locale);
  if (symbol !== undefined && !SYMBOL.test(symbol)) throw new UsageError(messages[locale].badSymbol(symbol));
  return symbol;
}

function nonEmpty(option: string, raw: string | undefined, locale: Locale): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === "") throw new UsageError(messages[locale].emptyString(option));
  return raw;
}

export function parseCancelOcoArgs(
  values: Map<string, string>,
  flags: Set<string>,
  common: { baseUrl?: string; sandbox: boolean; json: boolean },
  locale: Locale,
): CancelOcoArgs {
  const text = messages[locale];
  const symbol = parseSymbol(values.get("--symbol"), locale);
  if (symbol === undefined) throw new UsageError(text.symbolRequired);
  const rawOrderListId = values.get("--order-list-id");
  const listClientOrderId = nonEmpty("--list-client-order-id", values.get("--list-client-order-id"), locale);
  if (rawOrderListId !== undefined && listClientOrderId !== undefined) throw new UsageError(text.bothIds);
  if (rawOrderListId === undefined && listClientOrderId === undefined) throw new UsageError(text.idRequired);

  const rawRecvWindow = values.get("--recv-window");
  const newClientOrderId = nonEmpty("--new-client-order-id", values.get("--new-client-order-id"), locale);
  const args: CancelOcoArgs = { symbol, isolated: flags.has("--isolated"), ...common };
  if (rawOrderListId !== undefined) args.orderListId = parseId("--order-list-id", rawOrderListId, locale);
  if (listClientOrderId !== undefined) args.listClientOrderId = listClientOrderId;
  if (rawRecvWindow !== undefined) args.recvWindow = parseRecvWindow(rawRecvWindow, locale);
  if (newClientOrderId !== undefined) args.newClientOrderId = newClientOrderId;
  return args;
}
