import type { OperationBehaviours } from "../../binance/binance-api.js";
import type { ListenTokenStore } from "../listen-token-store.js";
import { createListenToken } from "./create-listen-token.js";

/**
 * The user data stream's REST operations by the spec's operationId (the
 * WebSocket side is described by spec/asyncapi.yaml). Method, path,
 * parameters, rules and weight come from the generated contract.
 */
export function userStreamRoutes(store: ListenTokenStore, isListedSymbol: (symbol: string) => boolean): OperationBehaviours {
  return {
    marginCreateListenToken: createListenToken(store, isListedSymbol),
  };
}
