// Runs inside a temporary project that installed the packed tarballs: the
// same cancel from CommonJS, through the packages' `require` builds.
const { createClient } = require("@sapi-kit/client");
const { checkQuery, operationsById } = require("@sapi-kit/contract");
const { startSandbox } = require("@sapi-kit/sandbox");
const { createSigner } = require("@sapi-kit/signer");
const signerEntry = require("@sapi-kit/signer");
const clientErrors = require("@sapi-kit/client/errors");
const clientEntry = require("@sapi-kit/client");
const hmacEntry = require("@sapi-kit/signer/hmac");
const { createUserDataStream, WsApiError } = require("@sapi-kit/stream");

async function main() {
  const sandbox = await startSandbox();
  try {
    const account = await sandbox.createAccount({ type: "hmac" });
    const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret }));
    const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
      params: { query: { symbol: "LTCBTC", orderListId: list.orderListId } },
    });
    const after = sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId });
    // The stream as installed (on Node 20 through `ws`): the cross account subscribes; leaving the loop closes it.
    let streamMessage;
    for await (const message of createUserDataStream({ client, url: sandbox.streamUrl })) {
      streamMessage = message.type;
      break;
    }
    process.stdout.write(
      JSON.stringify({
        status: response.status,
        error: error ?? null,
        orderListId: data?.orderListId,
        expectedOrderListId: list.orderListId,
        listOrderStatus: data?.listOrderStatus,
        sandboxStatus: after?.status,
        streamMessage,
        // The contract's checker, as the sandbox and the CLI use it: a cancel without an id breaks x-required-one-of.
        violations: checkQuery(operationsById.marginCancelOco, { symbol: "LTCBTC" }, { skip: ["timestamp"] }).map((v) => v.kind),
        // One error family across the packages and their entries, as installed (ARCHITECTURE.md).
      errorFamily: {
        errorsEntryIsRoots: Object.keys(clientErrors).every((name) => clientErrors[name] === clientEntry[name]),
        signerUsesClients: signerEntry.SapiKitError === clientErrors.SapiKitError && signerEntry.ResponseUnreadableError === clientErrors.ResponseUnreadableError,
        hmacIsSigners: ["SignerConfigError", "ClockSyncError", "RateLimitError", "UnknownExecutionStatusError"].every((name) => hmacEntry[name] === signerEntry[name]),
        signerErrorIsSapiKitError: new hmacEntry.SignerConfigError("x") instanceof clientEntry.SapiKitError,
        streamErrorIsSapiKitError: new WsApiError({ binanceCode: -1209, status: 400, msg: "x", method: "m" }) instanceof clientEntry.SapiKitError,
      },
      resolved: {
          contract: require.resolve("@sapi-kit/contract"),
          client: require.resolve("@sapi-kit/client"),
          signer: require.resolve("@sapi-kit/signer"),
          sandbox: require.resolve("@sapi-kit/sandbox"),
          stream: require.resolve("@sapi-kit/stream"),
        },
      }),
    );
  } finally {
    await sandbox.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
