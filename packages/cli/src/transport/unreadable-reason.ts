// Why a response could not be used, as data the message catalog words in the
// user's language. The client has already classified the response (its
// status, whether the body is JSON, Binance's error shape, the spec's
// required fields) and says so in ResponseUnreadableError's reason; the CLI
// adds only an integer the client refused to round and a field its summary
// prints that the client does not check (response-shape.ts).
import type { ResponseUnreadableReason } from "@sapi-kit/client";
import type { ShapeProblem } from "./response-shape.js";

export type UnreadableReason = ResponseUnreadableReason | ShapeProblem | { kind: "unsafe-integer"; path: string };
