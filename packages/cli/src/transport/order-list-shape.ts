// The fields of an order-list response the CLI prints, checked before
// printing (and before --json echoes it): a 2xx that lacks one still means a
// TRADE call executed, so it must be reported as such, never as a success
// with holes. Only what the spec marks required and the summary reads is
// checked; Binance may add fields at any time.
import type { ShapeProblem } from "./cancel-result-shape.js";

type Check = [string, (value: unknown) => boolean];

const isString = (v: unknown) => typeof v === "string";
const isNumber = (v: unknown) => typeof v === "number";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const LIST: Check[] = [
  ["orderListId", isNumber],
  ["contingencyType", isString],
  ["listStatusType", isString],
  ["listOrderStatus", isString],
  ["listClientOrderId", isString],
  ["transactionTime", (v) => typeof v === "number" && !Number.isNaN(new Date(v).getTime())],
  ["symbol", isString],
  ["isIsolated", (v) => v === undefined || typeof v === "boolean"],
  ["orders", (v) => Array.isArray(v) && v.every(isObject)],
];
const ORDER: Check[] = [
  ["orderId", isNumber],
  ["clientOrderId", isString],
];
/** A placement report: identity always; the rest only with newOrderRespType RESULT / FULL, so checked when present. */
const REPORT: Check[] = [
  ["orderId", isNumber],
  ["clientOrderId", isString],
  ["type", (v) => v === undefined || isString(v)],
  ["side", (v) => v === undefined || isString(v)],
  ["status", (v) => v === undefined || isString(v)],
  ["price", (v) => v === undefined || isString(v)],
  ["origQty", (v) => v === undefined || isString(v)],
  ["stopPrice", (v) => v === undefined || isString(v)],
];

function check(value: Record<string, unknown>, checks: Check[], prefix: string): ShapeProblem | undefined {
  for (const [name, valid] of checks) if (!valid(value[name])) return { kind: "field", path: `${prefix}${name}` };
  return undefined;
}

function orderListProblem(data: unknown, prefix: string, reports: boolean): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  const problem = check(data, LIST, prefix);
  if (problem) return problem;
  for (const [index, order] of (data.orders as Record<string, unknown>[]).entries()) {
    const orderProblem = check(order, ORDER, `${prefix}orders[${index}].`);
    if (orderProblem) return orderProblem;
  }
  if (!reports) return undefined;
  if (!Array.isArray(data.orderReports) || !data.orderReports.every(isObject)) return { kind: "field", path: `${prefix}orderReports` };
  for (const [index, report] of (data.orderReports as Record<string, unknown>[]).entries()) {
    const reportProblem = check(report, REPORT, `${prefix}orderReports[${index}].`);
    if (reportProblem) return reportProblem;
  }
  return undefined;
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
    if (problem) return problem.kind === "not-object" ? { kind: "field", path: `[${index}]` } : problem;
  }
  return undefined;
}
