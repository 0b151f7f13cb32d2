// Bundler-style consumer (Vite, esbuild, Deno-like): moduleResolution bundler.
import { type CallerPaths, type components, createClient } from "@sapi-kit/client";
import { type ResponseOutcome, SapiKitError } from "@sapi-kit/client/errors";

const client = createClient();
export async function cancel(): Promise<components["schemas"]["MarginCancelOcoResponse"] | undefined> {
  const { data } = await client.DELETE("/sapi/v1/margin/orderList", {
    params: { query: { symbol: "LTCBTC", orderListId: 0, isIsolated: "FALSE" } },
  });
  return data;
}
export type CancelOperation = CallerPaths["/sapi/v1/margin/orderList"]["delete"];

// @ts-expect-error signature is signer-managed
client.DELETE("/sapi/v1/margin/orderList", { params: { query: { symbol: "LTCBTC", orderListId: 0, signature: "s" } } });

export const family: typeof SapiKitError = SapiKitError;
export const unknownOutcome: ResponseOutcome = "unknown";
