import type { AccountRecord } from "../../binance/accounts.js";
import { rejections } from "../../binance/binance-error.js";
import { cancelOcoParameters, cancelOcoRequiredOneOf, cancelOcoWeight } from "../../binance/cancel-oco-contract.js";
import { cancelOcoResponseBody } from "../cancel-oco-response.js";
import type { MarginState } from "../margin-state.js";
import {
  assertOnlyKnownParameters,
  assertRequiredOneOf,
  readLong,
  readRequiredText,
  readText,
  readTrueFalse,
} from "../../binance/parameter-rules.js";
import { generateClientOrderId } from "../../binance/random-base62.js";
import type { SandboxRequest, SandboxResponse } from "../../binance/sandbox-request.js";
import { authenticateSignedRequest, type SignedRequestDependencies } from "../../binance/signed-request.js";
import { SYMBOL, SYMBOL_RANGE } from "../../binance/symbol-rule.js";

/** Binance's legal range for client-chosen order ids. */
const CLIENT_ORDER_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;
const CLIENT_ORDER_ID_RANGE = "^[\\.A-Z\\:/a-z0-9_-]{1,36}$";

export interface CancelOcoDependencies extends SignedRequestDependencies {
  readonly state: MarginState;
}

/** `DELETE /sapi/v1/margin/orderList`: Margin Account Cancel OCO (TRADE). */
export function cancelOcoRoute(
  request: SandboxRequest,
  dependencies: CancelOcoDependencies,
  onAccount: (account: AccountRecord) => void,
): SandboxResponse {
  const { account, params } = authenticateSignedRequest(request, dependencies, cancelOcoWeight.value, onAccount);

  const symbol = readRequiredText(params, "symbol");
  if (!SYMBOL.test(symbol)) throw rejections.illegalCharacters("symbol", SYMBOL_RANGE);
  const isIsolated = readTrueFalse(params, "isIsolated") ?? false;
  const orderListId = readLong(params, "orderListId");
  const listClientOrderId = readText(params, "listClientOrderId");
  const newClientOrderId = readText(params, "newClientOrderId");
  if (newClientOrderId !== undefined && !CLIENT_ORDER_ID.test(newClientOrderId)) {
    throw rejections.illegalCharacters("newClientOrderId", CLIENT_ORDER_ID_RANGE);
  }
  assertOnlyKnownParameters(params, cancelOcoParameters);
  assertRequiredOneOf(params, cancelOcoRequiredOneOf);

  const now = dependencies.clock.serverTime();
  const canceled = dependencies.state.cancel(
    account.apiKey,
    {
      symbol,
      isIsolated,
      ...(orderListId === undefined ? {} : { orderListId }),
      ...(listClientOrderId === undefined ? {} : { listClientOrderId }),
    },
    newClientOrderId ?? generateClientOrderId(),
    now,
  );
  if (!canceled) throw rejections.unknownOrder();
  return { status: 200, body: cancelOcoResponseBody(canceled, now), executed: true };
}
