import { createClient } from "@sapi-kit/client";
import {
  createSigner,
  RateLimitError,
  RequestNotSentError,
  ResponseUnreadableError,
  UnknownExecutionStatusError,
} from "@sapi-kit/signer";

const client = createClient({ baseUrl: process.env.BINANCE_BASE_URL ?? "https://api.binance.com" });
client.use(
  createSigner({
    apiKey: process.env.BINANCE_API_KEY ?? "",
    apiSecret: process.env.BINANCE_API_SECRET ?? "",
  }),
);

type CancelOutcome =
  | { kind: "cancelled"; orderListId: number }
  | { kind: "rejected"; code: number; msg: string }
  | { kind: "cancelled-unreadable"; reason: string }
  | { kind: "not-sent"; reason: string }
  | { kind: "unknown"; reason: string }
  | { kind: "rate-limited"; retryAfterSeconds: number | undefined };

async function cancelOco(symbol: string, listClientOrderId: string): Promise<CancelOutcome> {
  try {
    const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol, listClientOrderId } },
    });
    // A Binance rejection (HTTP 4xx): nothing was cancelled, the code says why.
    if (error) return { kind: "rejected", code: error.code, msg: error.msg };
    return { kind: "cancelled", orderListId: data.orderListId };
  } catch (thrown) {
    // Nothing left this machine (refused, DNS, TLS, aborted or timed out before sending): safe to send again.
    if (thrown instanceof RequestNotSentError) return { kind: "not-sent", reason: thrown.message };
    // HTTP 5xx, -1007, a connection lost or the timeout after sending: the cancel may have happened.
    if (thrown instanceof UnknownExecutionStatusError) return { kind: "unknown", reason: thrown.message };
    // A 2xx whose body could not be read (empty, cut off, timed out): the cancel happened.
    if (thrown instanceof ResponseUnreadableError && thrown.outcome === "executed") {
      return { kind: "cancelled-unreadable", reason: thrown.message };
    }
    if (thrown instanceof RateLimitError) return { kind: "rate-limited", retryAfterSeconds: thrown.retryAfterSeconds };
    throw thrown;
  }
}

const outcome = await cancelOco("LTCBTC", "my-oco-1");
switch (outcome.kind) {
  case "cancelled":
    console.log(`cancelled: order list ${outcome.orderListId}`);
    break;
  case "rejected":
    // -2011 after an earlier unknown outcome usually means that cancel went through.
    console.log(`rejected: ${outcome.code} ${outcome.msg}`);
    break;
  case "cancelled-unreadable":
    console.log(`cancelled, but the answer was unreadable: query the order list (${outcome.reason})`);
    break;
  case "not-sent":
    console.log(`not sent: safe to send again (${outcome.reason})`);
    break;
  case "unknown":
    // Never resend blindly: check the order list's status first (reconcile).
    console.log(`unknown: reconcile before retrying (${outcome.reason})`);
    break;
  case "rate-limited":
    console.log(`rate-limited: wait ${outcome.retryAfterSeconds ?? "?"} s before the next request`);
    break;
}
