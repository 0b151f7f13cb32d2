// Renders a successful cancel as a short, aligned summary for humans.
import type { components } from "@sapi-kit/client";
import type { UsageHeaders } from "@sapi-kit/signer";
import { type Locale, messages } from "./messages.js";

type CancelResult = components["schemas"]["MarginCancelOcoResponse"];
type OrderReport = CancelResult["orderReports"][number];

function describeLeg(report: OrderReport): string {
  const stop = report.stopPrice === undefined ? "" : ` stop ${report.stopPrice}`;
  return `#${report.orderId} ${report.type} ${report.side} ${report.origQty} @ ${report.price}${stop}  ${report.status}  (${report.origClientOrderId})`;
}

export function formatCancelResult(result: CancelResult, usage: UsageHeaders, locale: Locale): string {
  const text = messages[locale];
  const lines = [
    text.cancelled(String(result.orderListId), result.symbol, result.isIsolated),
    `  ${text.listStatus}: ${result.listStatusType} / ${result.listOrderStatus}`,
    `  ${text.listClientOrderId}: ${result.listClientOrderId}`,
    `  ${text.transactionTime}: ${new Date(result.transactionTime).toISOString()}`,
    `  ${text.legs}:`,
    ...result.orderReports.map((report) => `    ${describeLeg(report)}`),
  ];
  const usageEntries = Object.entries(usage);
  if (usageEntries.length > 0) {
    lines.push(`  ${text.usage}: ${usageEntries.map(([name, value]) => `${name}=${value}`).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
