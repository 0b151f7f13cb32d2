import { randomInt } from "node:crypto";

const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Random base62 text, the alphabet Binance uses for generated client order ids and API keys. */
export function randomBase62(length: number): string {
  let text = "";
  for (let index = 0; index < length; index++) text += BASE62[randomInt(BASE62.length)];
  return text;
}

/** Binance-generated client order ids are 22 base62 characters (see the seed response). */
export const generateClientOrderId = (): string => randomBase62(22);
