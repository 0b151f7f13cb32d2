// The user data stream's types (generated from spec/asyncapi.yaml): a switch on
// the event type narrows to that event's fields, typed as Binance sends them;
// an event of a type the document does not list is still a UserDataEvent.
import { describe, expectTypeOf, it } from "vitest";
import type {
  components,
  KnownUserDataEvent,
  UnknownUserDataEvent,
  UserDataEvent,
  UserDataEventMap,
  UserDataEventMessage,
  UserDataEventType,
  userDataStream,
} from "../src/index.js";

type Schemas = userDataStream["schemas"];
type AnyOtherString = Capitalize<string> | Uncapitalize<string>;

describe("user data stream types", () => {
  it("lists the documented event types", () => {
    expectTypeOf<UserDataEventType>().toEqualTypeOf<
      "executionReport" | "listStatus" | "outboundAccountPosition" | "balanceUpdate" | "eventStreamTerminated"
    >();
  });

  it("narrows a known event by its type `e`", () => {
    const describeEvent = (event: KnownUserDataEvent): string => {
      switch (event.e) {
        case "executionReport":
          expectTypeOf(event).toEqualTypeOf<Schemas["ExecutionReport"]>();
          expectTypeOf(event.g).toEqualTypeOf<number>();
          expectTypeOf(event.z).toEqualTypeOf<string>();
          expectTypeOf(event.eR).toEqualTypeOf<Schemas["ExpiryReason"] | AnyOtherString | undefined>();
          return `${event.i} ${event.X}`;
        case "listStatus":
          expectTypeOf(event.O).toEqualTypeOf<Schemas["ListStatusOrder"][]>();
          return `${event.g} ${event.L}`;
        case "outboundAccountPosition":
          return event.B.map((balance) => balance.f).join();
        case "balanceUpdate":
          return event.d;
        case "eventStreamTerminated":
          expectTypeOf(event.E).toEqualTypeOf<number>();
          return "ended";
        default:
          expectTypeOf(event).toEqualTypeOf<never>();
          return event;
      }
    };
    expectTypeOf(describeEvent).returns.toEqualTypeOf<string>();
  });

  it("types every field as Binance sends it: int64 numbers, decimal strings, nullable commission asset, open enums", () => {
    type Report = UserDataEventMap["executionReport"];
    expectTypeOf<Report["i"]>().toEqualTypeOf<number>();
    expectTypeOf<Report["q"]>().toEqualTypeOf<string>();
    expectTypeOf<Report["N"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Report["W"]>().toEqualTypeOf<number | undefined>();
    // Enums openapi.yaml defines are the REST side's own types, plus any string Binance adds later.
    expectTypeOf<Report["X"]>().toEqualTypeOf<components["schemas"]["OrderStatus"] | AnyOtherString>();
    expectTypeOf<"FILLED">().toMatchTypeOf<Report["X"]>();
    expectTypeOf<"A_NEW_STATUS">().toMatchTypeOf<Report["X"]>();
    // @ts-expect-error a field Binance does not send is a compile error on a known event
    type _Typo = Report["orderId"];
  });

  it("represents an event of a type the document does not list, with any fields", () => {
    const unknown: UnknownUserDataEvent = { e: "externalLockUpdate", E: 1581557507324, a: "NEO", d: "10.00000000" };
    expectTypeOf(unknown).toMatchTypeOf<UserDataEvent>();
    expectTypeOf(unknown.a).toEqualTypeOf<unknown>();
    const frame: UserDataEventMessage = { subscriptionId: 0, event: unknown };
    expectTypeOf(frame.event).toEqualTypeOf<Schemas["UserDataEvent"]>();
    expectTypeOf<KnownUserDataEvent>().toMatchTypeOf<UserDataEvent>();
  });

  it("types the envelopes: the subscribe request and response, errors", () => {
    const request: Schemas["SubscribeListenTokenRequest"] = {
      id: "f3a8f7a29f2e54df796db582f3d",
      method: "userDataStream.subscribe.listenToken",
      params: { listenToken: "token" },
    };
    expectTypeOf(request.id).toEqualTypeOf<number | string | null>();
    expectTypeOf<Schemas["SubscribeListenTokenResponse"]["result"]["expirationTime"]>().toEqualTypeOf<number>();
    expectTypeOf<Schemas["ErrorResponse"]["error"]>().toEqualTypeOf<Schemas["WsApiError"]>();
    // @ts-expect-error the subscribe request needs its token
    const missing: Schemas["SubscribeListenTokenRequest"] = { id: 1, method: "userDataStream.subscribe.listenToken", params: {} };
    expectTypeOf(missing).not.toBeAny();
  });
});
