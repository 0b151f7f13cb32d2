// The fields of a 2xx order-list response the CLI prints, checked on the
// parsed `data` before printing (and before --json echoes it): a 2xx that
// lacks one still means a TRADE call executed, so it must be reported as
// such, never as a success with holes. The client has already refused a body
// that is empty, not JSON or without a required top-level field; this checks
// what it leaves to the caller, the types and nested fields the summary reads
// and the array a list query returns. Only what the spec marks required and
// the summary reads is checked; Binance may add fields at any time.
export type ShapeProblem = { kind: "not-object" } | { kind: "not-array" } | { kind: "missing-field"; field: string };

type Check = [string, (value: unknown) => boolean];

const isString = (v: unknown) => typeof v === "string";
const isNumber = (v: unknown) => typeof v === "number";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A finite millisecond timestamp that Date can render. */
const isTimestamp = (v: unknown) => typeof v === "number" && !Number.isNaN(new Date(v).getTime());
const optional = (valid: (v: unknown) => boolean) => (v: unknown) => v === undefined || valid(v);

/** Cancel: the whole list as it ended, with every order-report field the summary shows. */
const CANCELLED_LIST: Check[] = [
  ["orderListId", isNumber],
  ["contingencyType", isString],
  ["listStatusType", isString],
  ["listOrderStatus", isString],
  ["listClientOrderId", isString],
  ["transactionTime", isTimestamp],
  ["symbol", isString],
  // Optional in the spec: Binance marks it "if isolated margin" (spec/README.md).
  ["isIsolated", optional((v) => typeof v === "boolean")],
  ["orders", Array.isArray],
  ["orderReports", (v) => Array.isArray(v) && v.every(isObject)],
];
const CANCELLED_REPORT: Check[] = [
  ["orderId", isNumber],
  ["type", isString],
  ["side", isString],
  ["origQty", isString],
  ["price", isString],
  ["status", isString],
  ["origClientOrderId", isString],
  ["stopPrice", optional(isString)],
];

/** create-listen-token: the token and its expiry. */
const LISTEN_TOKEN: Check[] = [
  ["token", (v) => typeof v === "string" && v.length > 0],
  ["expirationTime", isTimestamp],
];

/** Place and query: the list and the identity of each of its orders. */
const LIST: Check[] = [
  ["orderListId", isNumber],
  ["contingencyType", isString],
  ["listStatusType", isString],
  ["listOrderStatus", isString],
  ["listClientOrderId", isString],
  ["transactionTime", isTimestamp],
  ["symbol", isString],
  ["isIsolated", optional((v) => typeof v === "boolean")],
  ["orders", (v) => Array.isArray(v) && v.every(isObject)],
];
const ORDER: Check[] = [
  ["orderId", isNumber],
  ["clientOrderId", isString],
];
/** A placement report: identity always; the rest only with newOrderRespType RESULT / FULL, so checked when present. */
const PLACEMENT_REPORT: Check[] = [
  ["orderId", isNumber],
  ["clientOrderId", isString],
  ["type", optional(isString)],
  ["side", optional(isString)],
  ["status", optional(isString)],
  ["price", optional(isString)],
  ["origQty", optional(isString)],
  ["stopPrice", optional(isString)],
];

/**
 * One order (query order, open orders, all orders; a single order cancel-all
 * cancelled): what its summary line shows. `orderListId` is -1 outside a list;
 * the order pages leave it out, so it is optional.
 */
const ORDER_STATE: Check[] = [
  ["symbol", isString],
  ["orderId", isNumber],
  ["clientOrderId", isString],
  ["type", isString],
  ["side", isString],
  ["status", isString],
  ["price", isString],
  ["origQty", isString],
  ["executedQty", isString],
  ["cummulativeQuoteQty", isString],
  ["stopPrice", optional(isString)],
  ["orderListId", optional(isNumber)],
  ["isIsolated", optional((v) => typeof v === "boolean")],
  ["updateTime", optional(isTimestamp)],
];

/** Cancel one order: Binance's example sends its orderId as a string (spec/README.md), so either is read. */
const CANCELLED_ORDER: Check[] = [
  ["symbol", isString],
  ["orderId", (v) => isNumber(v) || (isString(v) && /^\d+$/.test(v as string))],
  ["origClientOrderId", isString],
  ["type", isString],
  ["side", isString],
  ["status", isString],
  ["price", isString],
  ["origQty", isString],
  ["executedQty", isString],
  ["cummulativeQuoteQty", isString],
  ["isIsolated", optional((v) => typeof v === "boolean")],
];

/** A trade of the trade list. `quoteQty` is not on Binance's margin page, so it is read when present. */
const TRADE: Check[] = [
  ["id", isNumber],
  ["orderId", isNumber],
  ["symbol", isString],
  ["price", isString],
  ["qty", isString],
  ["quoteQty", optional(isString)],
  ["commission", isString],
  ["commissionAsset", isString],
  ["isBuyer", (v) => typeof v === "boolean"],
  ["isMaker", (v) => typeof v === "boolean"],
  ["time", isTimestamp],
];

function check(value: Record<string, unknown>, checks: Check[], prefix: string): ShapeProblem | undefined {
  for (const [name, valid] of checks) if (!valid(value[name])) return { kind: "missing-field", field: `${prefix}${name}` };
  return undefined;
}

/** Each entry of an array already known to hold objects. */
function checkEach(values: unknown, checks: Check[], prefix: string): ShapeProblem | undefined {
  for (const [index, value] of (values as Record<string, unknown>[]).entries()) {
    const problem = check(value, checks, `${prefix}[${index}].`);
    if (problem) return problem;
  }
  return undefined;
}

function orderListProblem(data: unknown, prefix: string, reports: boolean): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  const problem = check(data, LIST, prefix) ?? checkEach(data.orders, ORDER, `${prefix}orders`);
  if (problem || !reports) return problem;
  if (!Array.isArray(data.orderReports) || !data.orderReports.every(isObject)) return { kind: "missing-field", field: `${prefix}orderReports` };
  return checkEach(data.orderReports, PLACEMENT_REPORT, `${prefix}orderReports`);
}

/** Cancel an order list. */
export function findCancelResultProblem(data: unknown): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  return check(data, CANCELLED_LIST, "") ?? checkEach(data.orderReports, CANCELLED_REPORT, "orderReports");
}

/** New OCO / OTO / OTOCO: the list plus a report per order. */
export const findPlacementProblem = (data: unknown) => orderListProblem(data, "", true);

/** Query one order list. */
export const findOrderListProblem = (data: unknown) => orderListProblem(data, "", false);

/** Query all / open order lists: an array of lists. */
export function findOrderListsProblem(data: unknown): ShapeProblem | undefined {
  if (!Array.isArray(data)) return { kind: "not-array" };
  for (const [index, list] of data.entries()) {
    const problem = orderListProblem(list, `[${index}].`, false);
    if (problem) return problem.kind === "not-object" ? { kind: "missing-field", field: `[${index}]` } : problem;
  }
  return undefined;
}

/** Each entry of a body that must be an array of objects. */
function arrayProblem(data: unknown, checks: Check[]): ShapeProblem | undefined {
  if (!Array.isArray(data)) return { kind: "not-array" };
  for (const [index, item] of data.entries()) {
    if (!isObject(item)) return { kind: "missing-field", field: `[${index}]` };
    const problem = check(item, checks, `[${index}].`);
    if (problem) return problem;
  }
  return undefined;
}

/** Query one order. */
export function findOrderProblem(data: unknown): ShapeProblem | undefined {
  return isObject(data) ? check(data, ORDER_STATE, "") : { kind: "not-object" };
}

/** Query open / all orders: an array of orders. */
export const findOrdersProblem = (data: unknown) => arrayProblem(data, ORDER_STATE);

/** The trade list: an array of trades. */
export const findTradesProblem = (data: unknown) => arrayProblem(data, TRADE);

/**
 * Cancel one order: the cancelled order, or, when the order was a leg of a
 * list (which Binance cancels whole), the cancelled list.
 */
export function findCancelOrderProblem(data: unknown): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  return isListShaped(data) ? findCancelResultProblem(data) : check(data, CANCELLED_ORDER, "");
}

/** An entry of a cancel answer that is a whole list: it carries the list's orderReports. */
export const isListShaped = (item: Record<string, unknown>) => "orderReports" in item || "contingencyType" in item;

/** Cancel all open orders on a symbol: single orders and whole lists, mixed, in Binance's order. */
export function findCancelAllProblem(data: unknown): ShapeProblem | undefined {
  if (!Array.isArray(data)) return { kind: "not-array" };
  for (const [index, item] of data.entries()) {
    if (!isObject(item)) return { kind: "missing-field", field: `[${index}]` };
    const problem = isListShaped(item)
      ? (check(item, CANCELLED_LIST, `[${index}].`) ?? checkEach(item.orderReports, CANCELLED_REPORT, `[${index}].orderReports`))
      : check(item, CANCELLED_ORDER, `[${index}].`);
    if (problem) return problem;
  }
  return undefined;
}

/** Create a listenToken: the token and when it expires. */
export function findListenTokenProblem(data: unknown): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  return check(data, LISTEN_TOKEN, "");
}
