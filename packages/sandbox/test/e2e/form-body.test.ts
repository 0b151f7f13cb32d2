import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer";
import { describe, expect, it } from "vitest";
import { CANCEL_PATH } from "../helpers/http.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const formSerializer = (body: Record<string, string>) => new URLSearchParams(body).toString();

describe("e2e: the signer's form-body path (createClient + createSigner) against the sandbox", () => {
  it.each(["hmac", "rsa", "ed25519"] as const)("%s: cancels with the business parameters in a form body", async (keyType) => {
    const sandbox = await startTestSandbox();
    const account = await sandbox.createAccount({ type: keyType });
    const credentials =
      account.keyType === "hmac"
        ? { apiKey: account.apiKey, apiSecret: account.apiSecret as string }
        : { apiKey: account.apiKey, privateKey: account.privateKeyPem as string };
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner(credentials));
    const list = sandbox.createOcoList(account.apiKey, { symbol: "BNBUSDT", isIsolated: true, listClientOrderId: "止损 OCO+'!" });

    // The spec models this endpoint's parameters as a query; the wire also allows a form body,
    // which openapi-fetch sends when given a body and a serializer.
    const { data, error } = await client.DELETE(CANCEL_PATH, {
      body: { symbol: "BNBUSDT", isIsolated: "TRUE", listClientOrderId: list.listClientOrderId },
      bodySerializer: formSerializer,
      headers: FORM,
    } as never);

    expect(error).toBeUndefined();
    expect((data as { listClientOrderId?: string } | undefined)?.listClientOrderId).toBe("止损 OCO+'!");
    expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("CANCELED");
    const [received] = sandbox.requests.filter((entry) => entry.path === CANCEL_PATH);
    // The signer appends its parameters where the caller's are, as in Binance's Example 2: all in the body.
    expect(received?.body).toMatch(/^symbol=BNBUSDT&isIsolated=TRUE&listClientOrderId=[^&]+&timestamp=\d+&signature=[^&]+$/);
    expect(received?.query).toBe("");
  });
});
