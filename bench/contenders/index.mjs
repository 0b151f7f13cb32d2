import binanceConnector from "./binance-connector.mjs";
import binanceTiagosiebler from "./binance-tiagosiebler.mjs";
import ccxt from "./ccxt.mjs";
import rawFetchNodeCrypto from "./raw-fetch-node-crypto.mjs";
import rawNodeHttp from "./raw-node-http.mjs";
import sapiKit from "./sapi-kit.mjs";

/** In report order; the one marked `floor` is what every ratio divides by. */
export const contenders = [rawNodeHttp, rawFetchNodeCrypto, sapiKit, binanceConnector, binanceTiagosiebler, ccxt];

export const floorContender = contenders.find((contender) => contender.floor);

/** @param {string} id */
export function contenderById(id) {
  const found = contenders.find((contender) => contender.id === id);
  if (!found) throw new Error(`unknown contender '${id}' (known: ${contenders.map((contender) => contender.id).join(", ")})`);
  return found;
}
