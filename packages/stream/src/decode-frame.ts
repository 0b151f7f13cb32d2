import type { UserDataEvent } from "@sapi-kit/client";
import { findUnsafeInteger } from "@sapi-kit/client";
import { UnsafeIntegerError } from "@sapi-kit/client/errors";
import { holdsUnsafeNumber } from "./holds-unsafe-number.js";
import { MalformedFrameError } from "./stream-errors.js";

/** What one text frame of the WebSocket API is, once read. */
export type DecodedFrame =
  | { kind: "result"; id: unknown; result: Record<string, unknown> }
  | { kind: "failure"; id: unknown; status: number; code: number; msg: string }
  | { kind: "event"; subscriptionId: number; event: UserDataEvent }
  | { kind: "shutdown" }
  | { kind: "malformed"; error: Error; id?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a frame: an answer (`{ id, status, result | error }`), an event
 * (`{ subscriptionId, event }`), the shutdown notice (`{ event }` of type
 * `serverShutdown`, without a subscription), or else malformed. Never throws.
 * Like the REST client, it refuses an integer beyond ±(2^53-1), which
 * JSON.parse has already rounded.
 */
export function decodeFrame(text: string): DecodedFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed("not JSON");
  }
  if (!isObject(value)) return malformed("not an object");
  const hit = holdsUnsafeNumber(value) && findUnsafeInteger(value);
  if (hit) {
    const path = hit.path.replace(/^\./, "") || "(frame)";
    const error = new UnsafeIntegerError({ source: "stream", path, value: hit.value });
    // The client words its response-side message; a frame has no HTTP status.
    error.message = `Stream frame field ${path} = ${hit.value} is beyond ±(2^53-1): skipped.`;
    return { kind: "malformed", error, id: value.id };
  }
  if ("id" in value && "status" in value) return decodeAnswer(value);
  const { event, subscriptionId } = value;
  if (!isObject(event) || typeof event.e !== "string") return malformed("no answer, no event");
  if (subscriptionId === undefined && event.e === "serverShutdown") return { kind: "shutdown" };
  if (!Number.isSafeInteger(subscriptionId)) return malformed("no subscriptionId");
  return { kind: "event", subscriptionId: subscriptionId as number, event: event as UserDataEvent };
}

function decodeAnswer(value: Record<string, unknown>): DecodedFrame {
  const { id, status, result, error } = value;
  if (typeof status !== "number") return malformed("bad status", id);
  if (status === 200 && isObject(result)) return { kind: "result", id, result };
  if (isObject(error) && typeof error.code === "number") {
    return { kind: "failure", id, status, code: error.code, msg: typeof error.msg === "string" ? error.msg : "" };
  }
  return malformed("no result, no error", id);
}

const malformed = (reason: string, id?: unknown): DecodedFrame => ({ kind: "malformed", error: new MalformedFrameError(reason), id });
