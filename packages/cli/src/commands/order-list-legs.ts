// get-order-list's default: each order of the list read by a query of its own
// (Binance's Query Margin Account's Order, GET /sapi/v1/margin/order, by
// symbol and orderId on the list's account), because the order-list queries
// answer with the orders' ids only. A failed order query is reported for that
// order; the list is shown all the same.
import { OPERATION_COMMANDS } from "../contract/operation-commands.js";
import { contractOf } from "../contract/operation-contract.js";
import { ExitCode } from "../output/exit-codes.js";
import type { LegState } from "../output/format-order-list.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import { reportQuery } from "../output/report-outcome.js";
import type { OrderState } from "../output/summary-parts.js";
import { findOrderProblem } from "../transport/response-shape.js";
import { type CallOutcome, type Credentials, sendSigned } from "../transport/signed-call.js";

/** The list's fields the order queries need (checked by findOrderListProblem). */
export interface ListOrders {
  symbol: string;
  orders: readonly { orderId: number; clientOrderId: string }[];
}

export interface LegReading {
  legs: LegState[];
  /** The usage counters after the last call that answered, if any did. */
  usage?: Extract<CallOutcome, { kind: "ok" }>["usage"];
  /** ok, or the exit code of the first order query that failed. */
  code: ExitCode;
}

/** Outcomes after which querying the next order would not help: stopped by the user, or rate limited. */
const stopsTheRest = (outcome: CallOutcome) => outcome.kind === "interrupted" || outcome.kind === "rate-limited";

export async function readLegs(
  list: ListOrders,
  isolated: boolean,
  connection: { credentials: Credentials; baseUrl: string },
  locale: Locale,
  io: CliIo,
): Promise<LegReading> {
  const words = messages[locale];
  const { method, path } = contractOf(OPERATION_COMMANDS["get-order"].operationId);
  const reading: LegReading = { legs: [], code: ExitCode.ok };
  let stopped = false;
  for (const { orderId, clientOrderId } of list.orders) {
    if (stopped) {
      reading.legs.push({ orderId, clientOrderId });
      continue;
    }
    const query = { symbol: list.symbol, ...(isolated ? { isIsolated: "TRUE" } : {}), orderId };
    const call = { method: method as "GET", path, query, findProblem: findOrderProblem };
    const outcome = await sendSigned(call, connection.credentials, connection.baseUrl, io.signal);
    if (outcome.kind === "ok") {
      reading.legs.push({ orderId, clientOrderId, state: outcome.data as OrderState });
      reading.usage = outcome.usage;
      continue;
    }
    reading.legs.push({ orderId, clientOrderId });
    // The failure in the words of any query, on stderr, naming the order.
    const code = reportQuery(outcome, { json: false, summary: () => "" }, locale, {
      ...io,
      stdout: () => {},
      stderr: (text) => io.stderr(`${words.legFailed(orderId)}${text}`),
    });
    if (reading.code === ExitCode.ok) reading.code = code;
    stopped = stopsTheRest(outcome);
  }
  return reading;
}
