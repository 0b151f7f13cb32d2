// Why a response body could not be used, as data the message catalog renders
// in the user's language (the library's own reasons are English sentences).

import type { ObservedResponse } from "./response-observer.js";
import type { ShapeProblem } from "./response-shape.js";

export type UnreadableReason =
  | { kind: "empty" }
  | { kind: "not-json"; contentType: string | undefined }
  | { kind: "not-object" }
  | { kind: "not-array" }
  | { kind: "field"; path: string }
  | { kind: "unsafe-integer"; path: string }
  | { kind: "not-binance-error" }
  /** Something the library refused that this CLI does not check itself: its own words. */
  | { kind: "other"; detail: string };

/** `text/html; charset=utf-8` -> `text/html`. */
function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(";")[0]?.trim() || undefined;
}

/** A Binance error body: `{ code: number, msg: string }`. */
export function isBinanceError(body: unknown): body is { code: number; msg: string } {
  const candidate = body as { code?: unknown; msg?: unknown } | null | undefined;
  return typeof candidate?.code === "number" && typeof candidate.msg === "string";
}

/**
 * Classifies a body: for a 2xx it must be usable (`findProblem` finds nothing),
 * for an error status a Binance error object. Undefined when the CLI finds nothing wrong.
 */
export async function classifyBody(
  response: ObservedResponse,
  findProblem: (data: unknown) => ShapeProblem | undefined,
): Promise<UnreadableReason | undefined> {
  const text = await response.text();
  if (text.trim() === "") return { kind: "empty" };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "not-json", contentType: mediaType(response.contentType) };
  }
  if (!response.ok) return isBinanceError(body) ? undefined : { kind: "not-binance-error" };
  return findProblem(body);
}
