// What the matrix may quote from a failing runtime (its stdout/stderr, a
// page's console) never carries a secret, a private key or a signature.
import { expect, it } from "vitest";
import { redact } from "../launchers/scenario-process.js";
import type { ScenarioInput } from "../scenario/scenario-types.js";

const PEM_BODY = "MC4CAQAwBQYDK2VwBCIEIGfakeFakeFakeFakeFakeFakeFakeFakeFakeFake";
const place = { listClientOrderId: "c", quantity: "1", price: "2", stopPrice: "1", stopLimitPrice: "1" };
const input: ScenarioInput = {
  baseUrl: "http://127.0.0.1:1",
  symbol: "LTCBTC",
  cases: [
    { keyType: "hmac", apiKey: "key-a", apiSecret: "s3cretS3cretS3cret", place },
    {
      keyType: "ed25519",
      apiKey: "key-b",
      privateKey: `-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n-----END PRIVATE KEY-----\n`,
      place,
    },
  ],
  stream: { streamUrl: "ws://127.0.0.1:1/ws-api/v3", apiKey: "key-c", apiSecret: "streamS3cretStreamS3cret", place, waitMs: 1 },
};

it("blanks out the HMAC secrets (the stream round trip's too), the PEM (whole or one line of it) and every signature", () => {
  const text = [
    "secret s3cretS3cretS3cret here",
    "stream secret streamS3cretStreamS3cret here",
    `pem line ${PEM_BODY}`,
    input.cases[1]?.privateKey,
    "Access to fetch at 'http://127.0.0.1:1/sapi/v1/margin/orderList?symbol=LTCBTC&timestamp=1&signature=ff3c9fdd' blocked",
    "…&SIGNATURE=abc%2Bdef&x=1",
  ].join("\n");
  const redacted = redact(text, input);
  expect(redacted).not.toContain("s3cretS3cretS3cret");
  expect(redacted).not.toContain("streamS3cretStreamS3cret");
  expect(redacted).not.toContain(PEM_BODY);
  expect(redacted).not.toMatch(/ff3c9fdd|abc%2Bdef/);
  expect(redacted).toContain("timestamp=1&signature=[redacted]'");
  expect(redacted).toContain("&x=1");
});
