// The CLI prints fields of the cancel response, and a 200 that lacks one still
// means the cancel executed. So before printing (and before --json echoes it),
// the body is checked for every field the spec requires at the top level and
// every order-report field the summary shows.
const TOP_LEVEL: [string, (value: unknown) => boolean][] = [
  ["orderListId", (v) => typeof v === "number"],
  ["contingencyType", (v) => typeof v === "string"],
  ["listStatusType", (v) => typeof v === "string"],
  ["listOrderStatus", (v) => typeof v === "string"],
  ["listClientOrderId", (v) => typeof v === "string"],
  // A finite millisecond timestamp that Date can render.
  ["transactionTime", (v) => typeof v === "number" && !Number.isNaN(new Date(v).getTime())],
  ["symbol", (v) => typeof v === "string"],
  ["isIsolated", (v) => typeof v === "boolean"],
  ["orders", Array.isArray],
  ["orderReports", (v) => Array.isArray(v) && v.every(isObject)],
];

const REPORT_FIELDS: [string, (value: unknown) => boolean][] = [
  ["orderId", (v) => typeof v === "number"],
  ["type", (v) => typeof v === "string"],
  ["side", (v) => typeof v === "string"],
  ["origQty", (v) => typeof v === "string"],
  ["price", (v) => typeof v === "string"],
  ["status", (v) => typeof v === "string"],
  ["origClientOrderId", (v) => typeof v === "string"],
  ["stopPrice", (v) => v === undefined || typeof v === "string"],
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type ShapeProblem = { kind: "not-object" } | { kind: "not-array" } | { kind: "field"; path: string };

/** The first problem that keeps the CLI from reading a cancel response, or undefined when it is usable. */
export function findCancelResultProblem(data: unknown): ShapeProblem | undefined {
  if (!isObject(data)) return { kind: "not-object" };
  for (const [name, valid] of TOP_LEVEL) if (!valid(data[name])) return { kind: "field", path: name };
  const reports = data.orderReports as Record<string, unknown>[];
  for (const [index, report] of reports.entries()) {
    for (const [name, valid] of REPORT_FIELDS) {
      if (!valid(report[name])) return { kind: "field", path: `orderReports[${index}].${name}` };
    }
  }
  return undefined;
}
