import { createClient } from "@sapi-kit/client";
import { startSandbox } from "@sapi-kit/sandbox";
import { createSigner } from "@sapi-kit/signer";

// A Binance-compatible server on 127.0.0.1 with a random free port: no
// account, no real funds, nothing leaves the machine.
const sandbox = await startSandbox();
try {
  // Generated credentials (HMAC here; "rsa" and "ed25519" give a PEM key pair).
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });

  const client = createClient({ baseUrl: sandbox.url });
  client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));

  const { data, error } = await client.DELETE("/sapi/v1/margin/orderList", {
    params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } },
  });
  if (error) throw new Error(`unexpected rejection ${error.code}`);
  console.log(`Cancelled order list ${data.orderListId}: ${data.listOrderStatus}`);

  // The sandbox saw exactly what was sent, and knows the list is gone.
  const after = sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId });
  console.log(`Sandbox says: ${after?.status}, requests received: ${sandbox.requests.length}`);
} finally {
  await sandbox.close();
}
