// One user data event as one line for a person (`sapi-kit margin watch`, the
// demo): an order's executionReport, an order list's listStatus, balances,
// the end of a subscription; any other event (a type Binance added, or a
// listed type missing its fields) shown as its type and its JSON, cut short.
// Binance's fixed eight decimals are trimmed ("61000.00000000" reads 61000).
import type { UserDataEvent, UserDataEventMap } from "@sapi-kit/client";
import { type Locale, messages } from "./messages/index.js";
import type { StreamOrderLine } from "./messages/watch-catalog.js";
import { isPrice } from "./summary-parts.js";

/** How much of an unknown event's JSON (or a malformed frame) a line shows. */
export const SHOWN_JSON_LENGTH = 200;

/** Binance's decimal text without its trailing zeros: "0.01000000" is 0.01, "61000.00000000" is 61000. */
export function plainDecimal(text: string): string {
  if (!/^-?\d+\.\d+$/.test(text)) return text;
  const trimmed = text.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** Text cut to `SHOWN_JSON_LENGTH` characters, marked when cut. */
export function shortened(text: string): string {
  return text.length <= SHOWN_JSON_LENGTH ? text : `${text.slice(0, SHOWN_JSON_LENGTH)}…`;
}

type Fields = Record<string, unknown>;
const allStrings = (event: Fields, names: readonly string[]) => names.every((name) => typeof event[name] === "string");
const allNumbers = (event: Fields, names: readonly string[]) => names.every((name) => typeof event[name] === "number");

// The stream client passes events on as they came: a listed type is read only when the fields a line needs are there.
function isExecutionReport(event: UserDataEvent): event is UserDataEventMap["executionReport"] {
  const fields = event as Fields;
  return event.e === "executionReport" && allNumbers(fields, ["i", "g"]) && allStrings(fields, ["s", "o", "S", "q", "p", "P", "x", "X", "l", "z", "L"]);
}

function isListStatus(event: UserDataEvent): event is UserDataEventMap["listStatus"] {
  return event.e === "listStatus" && allNumbers(event as Fields, ["g"]) && allStrings(event as Fields, ["s", "c", "l", "L", "C"]);
}

function isAccountPosition(event: UserDataEvent): event is UserDataEventMap["outboundAccountPosition"] {
  const balances = (event as Fields).B;
  return event.e === "outboundAccountPosition" && Array.isArray(balances) && balances.every((b) => allStrings(b as Fields, ["a", "f", "l"]));
}

function isBalanceUpdate(event: UserDataEvent): event is UserDataEventMap["balanceUpdate"] {
  return event.e === "balanceUpdate" && allStrings(event as Fields, ["a", "d"]);
}

/** An executionReport's fields as a line: a fill shows its price, any other change the order's prices. */
function orderLine(event: UserDataEventMap["executionReport"]): StreamOrderLine {
  const fill = event.x === "TRADE";
  const reason = event.eR !== undefined && event.eR !== "NONE" ? event.eR : event.r !== "NONE" ? event.r : undefined;
  return {
    symbol: event.s,
    orderId: event.i,
    ...(event.g >= 0 ? { orderListId: event.g } : {}),
    type: event.o,
    side: event.S,
    quantity: plainDecimal(event.q),
    ...(!fill && isPrice(event.p) ? { price: plainDecimal(event.p) } : {}),
    ...(!fill && isPrice(event.P) ? { stopPrice: plainDecimal(event.P) } : {}),
    status: event.X,
    // NEW and TRADE say nothing the status does not; TRADE_PREVENTION or REPLACED do.
    ...(event.x !== "NEW" && event.x !== "TRADE" && event.x !== event.X ? { executionType: event.x } : {}),
    ...(fill
      ? { fill: { quantity: plainDecimal(event.l), price: plainDecimal(event.L), executed: plainDecimal(event.z), whole: plainDecimal(event.l) === plainDecimal(event.q) } }
      : isPrice(event.z)
        ? { executed: plainDecimal(event.z) }
        : {}),
    ...(reason === undefined ? {} : { reason }),
  };
}

export function formatUserDataEvent(event: UserDataEvent, locale: Locale): string {
  const words = messages[locale].watch;
  if (isExecutionReport(event)) return words.order(orderLine(event));
  if (isListStatus(event)) {
    return words.list({
      symbol: event.s,
      orderListId: event.g,
      contingencyType: event.c,
      listStatusType: event.l,
      listOrderStatus: event.L,
      listClientOrderId: event.C,
    });
  }
  if (event.e === "eventStreamTerminated") return words.terminated;
  if (isAccountPosition(event)) return words.balances(event.B.map((b) => ({ asset: b.a, free: plainDecimal(b.f), locked: plainDecimal(b.l) })));
  if (isBalanceUpdate(event)) return words.balanceUpdate(event.a, plainDecimal(event.d));
  return words.otherEvent(String(event.e), shortened(JSON.stringify(event)));
}
