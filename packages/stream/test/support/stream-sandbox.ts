import { createClient, type SapiClient } from "@sapi-kit/client";
import { type Sandbox, type SandboxAccount, type SandboxOptions, startSandbox } from "@sapi-kit/sandbox";
import { createSigner } from "@sapi-kit/signer";
import { createUserDataStream, type StreamAccount, type UserDataStream, type UserDataStreamOptions } from "../../src/node.js";
import { Collector } from "./collector.js";

/** The sandbox account's cross margin account, and its isolated BTCUSDT account. */
export const CROSS: StreamAccount = { type: "cross" };
export const ISOLATED: StreamAccount = { type: "isolated", symbol: "BTCUSDT" };
/** An OCO that a move to 61000 fills (the limit maker; the stop leg then expires). BTCUSDT starts at 60000. */
export const SELL_OCO = { symbol: "BTCUSDT", side: "SELL", quantity: "0.01", price: "61000", stopPrice: "59000", stopLimitPrice: "58900", stopLimitTimeInForce: "GTC" } as const;

export interface StreamSandbox {
  sandbox: Sandbox;
  account: SandboxAccount;
  /** The account's signed client; its signer syncs to the sandbox clock (which tests move). */
  client: SapiClient;
  /** Opens a stream of `account` on the sandbox and reads it in the background. */
  open(options?: Partial<UserDataStreamOptions>): { stream: UserDataStream; seen: Collector };
  close(): Promise<void>;
}

/** A sandbox with one HMAC account, and streams of it that read the sandbox clock. */
export async function startStreamSandbox(options: SandboxOptions = {}): Promise<StreamSandbox> {
  const sandbox = await startSandbox({ host: "127.0.0.1", ...options });
  const account = await sandbox.createAccount({ type: "hmac" });
  const client = signedClient(sandbox, account);
  const streams: UserDataStream[] = [];
  return {
    sandbox,
    account,
    client,
    open(streamOptions = {}) {
      const stream = createUserDataStream({
        client,
        url: sandbox.streamUrl,
        now: () => sandbox.serverTime(),
        checkIntervalMs: 10,
        reconnect: { initialDelayMs: 1, maxDelayMs: 20 },
        ...streamOptions,
      });
      streams.push(stream);
      return { stream, seen: new Collector(stream) };
    },
    async close() {
      await Promise.all(streams.map((stream) => stream.close()));
      await sandbox.close();
    },
  };
}

/** A client signed for `account`, its clock synced to the sandbox's. */
export function signedClient(sandbox: Sandbox, account: SandboxAccount): SapiClient {
  const client = createClient({ baseUrl: sandbox.url });
  client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "", syncClock: true }));
  return client;
}

/**
 * Expires the next listenToken between its creation and its subscribe, so
 * the subscribe gets -1209: a fault rule's predicate sees the first
 * subscribe frame and moves the sandbox clock by `advanceMs` before the
 * method runs. It never drops anything (it answers false). Returns the rule,
 * to remove once the rejection is seen.
 */
export function expireNextToken(sandbox: Sandbox, advanceMs: number) {
  let moved = false;
  return sandbox.faults.inject(
    { type: "drop-connection" },
    {
      times: Number.POSITIVE_INFINITY,
      match: {
        path: "/ws-api/v3",
        when: ({ body }) => {
          if (!moved && body.includes("subscribe.listenToken")) {
            moved = true;
            sandbox.advanceClock(advanceMs);
          }
          return false;
        },
      },
    },
  );
}
