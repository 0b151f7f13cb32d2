import { createClient } from "@sapi-kit/client";
import { startSandbox } from "@sapi-kit/sandbox";
import { createSigner } from "@sapi-kit/signer";
import { createUserDataStream } from "@sapi-kit/stream";

const MINUTE = 60_000;

// Its own sandbox on 127.0.0.1: nothing leaves the machine.
const sandbox = await startSandbox();
try {
  const account = await sandbox.createAccount({ type: "hmac" });
  const client = createClient({ baseUrl: sandbox.url });
  // The sandbox clock is about to jump ahead by hours. The signer reads the server time first, and
  // when a jump makes Binance (here, the sandbox) refuse a timestamp with -1021, it syncs again and resends.
  client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "", syncClock: true }));

  const stop = new AbortController();
  const stream = createUserDataStream({
    client,
    url: sandbox.streamUrl,
    // One-hour tokens, renewed 5 minutes (the default) before they expire,
    // measured on the sandbox's clock rather than this machine's.
    validityMs: 60 * MINUTE,
    now: () => sandbox.serverTime(),
    signal: stop.signal,
  });
  const minutesLeft = (expirationTime: number) => Math.round((expirationTime - sandbox.serverTime()) / MINUTE);
  let renewals = 0;
  let dropped = false;

  for await (const message of stream) {
    if (message.type === "subscribed") {
      if (message.renewal) {
        renewals += 1;
        console.log(`Renewed (${renewals}): subscription ${message.subscriptionId}, valid for another ${minutesLeft(message.expirationTime)} min`);
      } else {
        console.log(`Subscribed: subscription ${message.subscriptionId}, token valid for ${minutesLeft(message.expirationTime)} min`);
      }
      if (renewals < 3) {
        // 56 minutes later the token has 4 minutes left: inside the renewal margin.
        sandbox.advanceClock(56 * MINUTE);
        console.log("Moved the sandbox clock 56 min ahead");
      } else if (!dropped) {
        dropped = true;
        // As a network failure would: no close frame. While the stream is away, an order list
        // is placed (seeded straight into the sandbox): no subscription sees its events.
        sandbox.dropStreamConnections();
        sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "placed-while-away" });
        console.log("Dropped the connection; an OCO was placed meanwhile");
      }
    } else if (message.type === "gap") {
      // Subscribed again, but the events in between are gone: ask the REST API. `from` is when the
      // stream noticed the loss, so look at everything still open rather than only after `from`.
      console.log(`Gap reported for ${message.accounts.length} account(s); reconciling`);
      const { data, error } = await client.GET("/sapi/v1/margin/openOrderList");
      if (error) throw new Error(`Binance rejected the query: ${error.code} ${error.msg}`);
      for (const list of data) console.log(`Missed while away: ${list.contingencyType} order list ${list.orderListId} (${list.listClientOrderId}) ${list.listOrderStatus}`);
      stop.abort();
    } else if (message.type === "error") {
      console.error(`Stream: ${message.error.message}`);
    }
  }
  console.log("Stream closed");
} finally {
  await sandbox.close();
}
