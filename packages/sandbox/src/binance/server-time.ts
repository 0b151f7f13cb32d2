import type { OperationBehaviour } from "./binance-api.js";

/** `GET /api/v3/time` (getServerTime): the sandbox clock, skew included, which is how clients resync. */
export const serverTime: OperationBehaviour = ({ serverTime: now }) => ({ body: { serverTime: now }, executed: false });
