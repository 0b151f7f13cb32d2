// CommonJS consumer under moduleResolution node16: resolves the "require" condition (dist/index.d.cts).
import sapi = require("@sapi-kit/client");
import errors = require("@sapi-kit/client/errors");

const client = sapi.createClient();
export const call = client.DELETE("/sapi/v1/margin/orderList", {
  params: { query: { symbol: "LTCBTC", listClientOrderId: "C3wyj4WVEktd7u9aVBRXcN" } },
});
export const code: Promise<number | undefined> = call.then(({ error }) => error?.code);

// @ts-expect-error isIsolated only accepts "TRUE" | "FALSE"
client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: "YES" } } });

export const isSapiKitError: boolean = new sapi.UnsafeIntegerError({ source: "request", path: "x", value: 2 ** 53 }) instanceof errors.SapiKitError;
