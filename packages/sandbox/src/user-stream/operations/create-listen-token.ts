import type { OperationBehaviour } from "../../binance/binance-api.js";
import type { ListenTokenAccount, ListenTokenStore } from "../listen-token-store.js";
import { userStreamRejections } from "../user-stream-rejections.js";

/** Binance's default and maximum `validity`: 24 hours (also the spec's default; the contract enforces the bounds). */
export const DEFAULT_VALIDITY_MS = 24 * 60 * 60 * 1000;

/**
 * `POST /sapi/v1/userListenToken` (marginCreateListenToken), Create Margin
 * Account listenToken (USER_STREAM),
 * https://developers.binance.com/docs/margin_trading/trade-data-stream/Listen-Token-Websocket-API:
 * a new token for the cross account, or for the isolated account of `symbol`
 * (a symbol the sandbox lists; -1121 otherwise), valid for `validity`
 * milliseconds from the server time; `expirationTime` in milliseconds. The
 * generated rules have already required `symbol` for isolated, refused it
 * for cross and bounded `validity`.
 */
export const createListenToken =
  (store: ListenTokenStore, isListedSymbol: (symbol: string) => boolean): OperationBehaviour =>
  (call) => {
    if (!call.account) throw new TypeError(`${call.operation.operationId} reached its behaviour without an account.`);
    const symbol = call.params.text("symbol");
    let account: ListenTokenAccount = { isIsolated: false };
    // BOOLEAN on Binance's page, read in any letter case (spec/README.md, S12): TRUE and true alike.
    if (call.params.flag("isIsolated") === true && symbol !== undefined) {
      if (!isListedSymbol(symbol)) throw userStreamRejections.invalidSymbol();
      account = { isIsolated: true, symbol };
    }
    const validity = call.params.long("validity");
    const record = store.create(call.account.apiKey, account, validity === undefined ? DEFAULT_VALIDITY_MS : Number(validity));
    return { body: { token: record.token, expirationTime: record.expirationTime }, executed: true };
  };
