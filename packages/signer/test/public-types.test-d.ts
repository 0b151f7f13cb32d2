import createClient, { type Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import {
  type RateLimitError,
  type SapiKitError,
  type Signer,
  type SignerOptions,
  type UnknownExecutionStatusError,
  type UsageHeaders,
  createSigner,
} from "../src/index.js";
import { type HmacSignerOptions, createSigner as createHmacSigner } from "../src/hmac/index.js";
import { createSigner as createHmacNodeSigner } from "../src/hmac/node.js";
import { createSigner as createNodeSigner } from "../src/node.js";
import type { TestPaths } from "./support/paths.js";

declare const key: CryptoKey;

describe("createSigner types", () => {
  it("accepts HMAC, PEM and CryptoKey credentials and returns openapi-fetch middleware", () => {
    expectTypeOf(createSigner({ apiKey: "k", apiSecret: "s" })).toEqualTypeOf<Signer>();
    expectTypeOf(createSigner({ apiKey: "k", privateKey: "-----BEGIN PRIVATE KEY-----..." })).toEqualTypeOf<Signer>();
    expectTypeOf(createSigner({ apiKey: "k", privateKey: key, recvWindow: 5000, syncClock: true })).toEqualTypeOf<Signer>();
    expectTypeOf<Signer>().toExtend<Middleware>();
    createClient<TestPaths>().use(createSigner({ apiKey: "k", apiSecret: "s" }));
  });

  it("both entries have the same signature", () => {
    expectTypeOf(createNodeSigner).toEqualTypeOf(createSigner);
  });

  it("@sapi-kit/signer/hmac takes HMAC options only, in both builds, and returns the same Signer", () => {
    expectTypeOf(createHmacSigner).parameter(0).toEqualTypeOf<HmacSignerOptions>();
    expectTypeOf(createHmacNodeSigner).toEqualTypeOf(createHmacSigner);
    expectTypeOf(createHmacSigner({ apiKey: "k", apiSecret: "s", recvWindow: 5000 })).toEqualTypeOf<Signer>();
    // @ts-expect-error a private key needs the main entry
    createHmacSigner({ apiKey: "k", privateKey: "-----BEGIN PRIVATE KEY-----..." });
  });

  it("exposes the clock controls", () => {
    const signer = createSigner({ apiKey: "k", apiSecret: "s" });
    expectTypeOf(signer.syncClock).toEqualTypeOf<(baseUrl?: string) => Promise<void>>();
    expectTypeOf(signer.clockOffsetMs).returns.toEqualTypeOf<number>();
  });

  it("rejects incomplete or contradictory credentials", () => {
    // @ts-expect-error apiKey is required
    createSigner({ apiSecret: "s" });
    // @ts-expect-error a secret or a private key is required
    createSigner({ apiKey: "k" });
    // @ts-expect-error not both
    createSigner({ apiKey: "k", apiSecret: "s", privateKey: "pem" });
    // @ts-expect-error recvWindow is a number
    createSigner({ apiKey: "k", apiSecret: "s", recvWindow: "5000" });
    // @ts-expect-error privateKey is a PEM string or a CryptoKey
    createSigner({ apiKey: "k", privateKey: new Uint8Array() });
  });

  it("onUsage receives numeric counters by header name", () => {
    expectTypeOf<NonNullable<SignerOptions["onUsage"]>>().parameter(0).toEqualTypeOf<UsageHeaders>();
    expectTypeOf<UsageHeaders>().toEqualTypeOf<Record<string, number>>();
  });
});

describe("error types", () => {
  it("carry the documented fields", () => {
    expectTypeOf<UnknownExecutionStatusError>().toExtend<SapiKitError>();
    expectTypeOf<UnknownExecutionStatusError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UnknownExecutionStatusError["binanceCode"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UnknownExecutionStatusError["method"]>().toEqualTypeOf<string>();
    expectTypeOf<RateLimitError["retryAfterSeconds"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RateLimitError["banned"]>().toEqualTypeOf<boolean>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<SapiKitError["code"]>().toEqualTypeOf<string>();
  });
});
