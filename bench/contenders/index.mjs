import binanceConnector from "./binance-connector.mjs";
import binanceTiagosiebler from "./binance-tiagosiebler.mjs";
import ccxt from "./ccxt.mjs";
import rawFetchNodeCrypto from "./raw-fetch-node-crypto.mjs";
import rawFetchWebcrypto from "./raw-fetch-webcrypto.mjs";
import sapiKit from "./sapi-kit.mjs";

/** In report order; the first one is the baseline every ratio divides by. */
export const contenders = [rawFetchWebcrypto, rawFetchNodeCrypto, sapiKit, binanceConnector, binanceTiagosiebler, ccxt];
