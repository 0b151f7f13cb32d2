// The scenario's first part (scenario/run-scenario.mjs): the README's quick start through
// createClient + createSigner, once per key type: place an OCO
// (POST /sapi/v1/margin/order/oco) under the case's listClientOrderId, query it
// (GET /sapi/v1/margin/orderList, by the orderListId the place returned), then
// cancel it by that listClientOrderId (DELETE /sapi/v1/margin/orderList).
// Plain ES2022 with imports by package name only, so Node, Bun
// and Deno load the built packages (packages/client/dist,
// packages/signer/dist) through their own module resolution, and esbuild
// bundles the same file for workerd and the browser page.
//
// It only reports what the client returned; the host decides what is right
// by looking at the sandbox's own state.
import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { call } from "./call-outcome.mjs";

/** @typedef {import("./scenario-types.js").ScenarioInput} ScenarioInput */
/** @typedef {import("./scenario-types.js").CancelCase} CancelCase */
/** @typedef {import("./scenario-types.js").CancelOutcome} CancelOutcome */

/**
 * @param {ScenarioInput} input
 * @returns {Promise<CancelOutcome[]>}
 */
export async function runSignedCancels(input) {
  /** @type {CancelOutcome[]} */
  const cases = [];
  // One at a time: each outcome is attributable to one request in the sandbox's log.
  for (const cancelCase of input.cases) cases.push(await runCase(input, cancelCase));
  return cases;
}

/**
 * @param {ScenarioInput} input
 * @param {CancelCase} cancelCase
 * @returns {Promise<CancelOutcome>}
 */
async function runCase(input, cancelCase) {
  const { keyType, apiKey, apiSecret, privateKey, place } = cancelCase;
  // As in the README: a client on the base URL, the signer registered last.
  const client = createClient({ baseUrl: input.baseUrl });
  client.use(apiSecret !== undefined ? createSigner({ apiKey, apiSecret }) : createSigner({ apiKey, privateKey: privateKey ?? "" }));

  const placed = await call(() =>
    client.POST("/sapi/v1/margin/order/oco", {
      params: {
        query: {
          symbol: input.symbol,
          side: "SELL",
          quantity: place.quantity,
          price: place.price,
          stopPrice: place.stopPrice,
          stopLimitPrice: place.stopLimitPrice,
          stopLimitTimeInForce: "GTC",
          listClientOrderId: place.listClientOrderId,
        },
      },
    }),
  );
  const orderListId = /** @type {{ orderListId?: unknown } | undefined} */ (placed.data)?.orderListId;
  const queried =
    typeof orderListId === "number"
      ? await call(() => client.GET("/sapi/v1/margin/orderList", { params: { query: { orderListId } } }))
      : undefined;
  // Cancelled by the id it was placed with, whatever the place answered: the host checks the outcome.
  const cancelled = await call(() =>
    client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: input.symbol, listClientOrderId: place.listClientOrderId } },
    }),
  );
  return { keyType, ...cancelled, placed, ...(queried === undefined ? {} : { queried }) };
}
