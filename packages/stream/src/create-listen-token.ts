import type { SapiClient } from "@sapi-kit/client";
import { ListenTokenError } from "./stream-errors.js";
import type { StreamAccount } from "./stream-types.js";

/** A new listenToken for `account` (POST /sapi/v1/userListenToken); throws ListenTokenError when refused. */
export async function createListenToken(client: SapiClient, account: StreamAccount, validityMs: number | undefined): Promise<string> {
  const validity = validityMs === undefined ? {} : { validity: validityMs };
  const query = account.type === "isolated" ? { isIsolated: "true" as const, symbol: account.symbol, ...validity } : validity;
  const { data, error, response } = await client.POST("/sapi/v1/userListenToken", { params: { query } });
  if (data && typeof data.token === "string") return data.token;
  throw new ListenTokenError({ status: response.status, binanceCode: error?.code, msg: error?.msg });
}
