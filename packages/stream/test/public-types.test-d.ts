// The public types: a message narrows on `type`, a known event on `e` (after
// `known`), an unknown event keeps its fields as unknown; the options accept
// the platform WebSocket and `ws`; errors belong to sapi-kit's family.
import type { SapiKitError, UnknownUserDataEvent, userDataStream } from "@sapi-kit/client";
import { describe, expectTypeOf, it } from "vitest";
import { WebSocket as WsWebSocket } from "ws";
import { createUserDataStream, type StreamAccount, type StreamMessage, type UserDataStream, type UserDataStreamOptions, type WsApiError } from "../src/index.js";

type Schemas = userDataStream["schemas"];

describe("public types", () => {
  it("narrows a message on type, and a known event on e", () => {
    const describeMessage = (message: StreamMessage): string => {
      switch (message.type) {
        case "event":
          expectTypeOf(message.account).toEqualTypeOf<StreamAccount>();
          expectTypeOf(message.subscriptionId).toEqualTypeOf<number>();
          if (!message.known) {
            expectTypeOf(message.event).toEqualTypeOf<UnknownUserDataEvent>();
            expectTypeOf(message.event.e).toEqualTypeOf<string>();
            return message.event.e;
          }
          switch (message.event.e) {
            case "executionReport":
              expectTypeOf(message.event).toEqualTypeOf<Schemas["ExecutionReport"]>();
              expectTypeOf(message.event.g).toEqualTypeOf<number>();
              return `${message.event.i} ${message.event.X}`;
            case "listStatus":
              expectTypeOf(message.event).toEqualTypeOf<Schemas["ListStatus"]>();
              return `${message.event.g} ${message.event.L}`;
            case "outboundAccountPosition":
            case "balanceUpdate":
            case "eventStreamTerminated":
              return message.event.e;
            default:
              expectTypeOf(message.event).toEqualTypeOf<never>();
              return message.event;
          }
        case "subscribed":
          expectTypeOf(message.renewal).toEqualTypeOf<boolean>();
          return `${message.subscriptionId} ${message.expirationTime}`;
        case "gap":
          expectTypeOf(message.reason).toEqualTypeOf<"closed" | "error" | "serverShutdown" | "connectionLimit" | "terminated">();
          expectTypeOf(message.accounts).toEqualTypeOf<StreamAccount[]>();
          return `${message.from}-${message.to}`;
        case "malformed":
          expectTypeOf(message.frame).toEqualTypeOf<string>();
          return message.error.message;
        case "error":
          expectTypeOf(message.account).toEqualTypeOf<StreamAccount | undefined>();
          return message.error.message;
        default:
          expectTypeOf(message).toEqualTypeOf<never>();
          return message;
      }
    };
    expectTypeOf(describeMessage).returns.toEqualTypeOf<string>();
  });

  it("is an async iterable of messages with close()", () => {
    expectTypeOf<UserDataStream>().toMatchTypeOf<AsyncIterable<StreamMessage>>();
    expectTypeOf<UserDataStream["close"]>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf(createUserDataStream).returns.toEqualTypeOf<UserDataStream>();
  });

  it("accepts the platform WebSocket and ws's as the WebSocket option", () => {
    expectTypeOf(WebSocket).toMatchTypeOf<NonNullable<UserDataStreamOptions["WebSocket"]>>();
    expectTypeOf(WsWebSocket).toMatchTypeOf<NonNullable<UserDataStreamOptions["WebSocket"]>>();
    // @ts-expect-error an isolated account names its symbol
    const account: StreamAccount = { type: "isolated" };
    expectTypeOf(account).not.toBeAny();
  });

  it("WsApiError is a SapiKitError carrying Binance's code", () => {
    expectTypeOf<WsApiError>().toMatchTypeOf<SapiKitError>();
    expectTypeOf<WsApiError["binanceCode"]>().toEqualTypeOf<number>();
    expectTypeOf<WsApiError["status"]>().toEqualTypeOf<number>();
  });
});
