// ESM consumer under moduleResolution node16: resolves the "import" condition (dist/index.d.ts).
import { type BinanceError, createClient, DEFAULT_BASE_URL, UnsafeIntegerError } from "@sapi-kit/client";
import { ResponseUnreadableError, type ResponseUnreadableReason, type SapiKitError } from "@sapi-kit/client/errors";

const client = createClient({ baseUrl: DEFAULT_BASE_URL });
const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", orderListId: 0 } },
});
export const listStatus: string | undefined = data?.listOrderStatus;
export const failure: BinanceError | undefined = error;
export const isSapiKitError: SapiKitError = new UnsafeIntegerError({ source: "request", path: "orderListId", value: 2 ** 53 });
const unreadable = new ResponseUnreadableError({
  status: 200,
  method: "DELETE",
  path: "/sapi/v1/margin/orderList",
  outcome: "executed",
  reason: { kind: "missing-field", field: "orderReports" },
});
export const outcome: "executed" | "rejected" | "unknown" = unreadable.outcome;
export const reason: ResponseUnreadableReason = unreadable.reason;
export const missingField: string | undefined = unreadable.reason.kind === "missing-field" ? unreadable.reason.field : undefined;

// If the types resolved to `any`, these directives would be unused and fail the check.
// @ts-expect-error orderListId or listClientOrderId is required
client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC" } } });
// @ts-expect-error timestamp is signer-managed
client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0, timestamp: 1 } } });
