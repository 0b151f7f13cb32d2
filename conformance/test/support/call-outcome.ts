// What a client call ended in, reduced to something safe to print.
//
// Why: the clients' own errors carry the signed URL (binance's `requestUrl`,
// axios's `config.url`) and the API key header. A failing assertion prints
// whatever it compares, so a rejection is first reduced, by a function each
// client file writes for its client, to Binance's answer alone.
import { expect } from "vitest";

export type CallOutcome<Rejection> =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly rejection: Rejection };

export async function settle<Rejection>(
  call: () => Promise<unknown>,
  describeRejection: (error: unknown) => Rejection,
): Promise<CallOutcome<Rejection>> {
  try {
    return { ok: true, body: await call() };
  } catch (error) {
    return { ok: false, rejection: describeRejection(error) };
  }
}

/**
 * Asserts the call succeeded (printing only the reduced rejection if not) and
 * returns the response body. `step` names the call in the failure message.
 */
export function acceptedBody<Rejection>(outcome: CallOutcome<Rejection>, step?: string): unknown {
  // On failure the diff shows the reduced rejection, i.e. the sandbox's answer.
  const message = "Binance accepts this request, so the sandbox must too";
  expect(outcome.ok ? "accepted" : outcome.rejection, step ? `${step}: ${message}` : message).toBe("accepted");
  return outcome.ok ? outcome.body : undefined;
}

/** Asserts the call was rejected and returns the reduced rejection. */
export function rejection<Rejection>(outcome: CallOutcome<Rejection>): Rejection {
  if (outcome.ok) expect.fail(`this request must be rejected; it succeeded with ${JSON.stringify(outcome.body)}`);
  return outcome.rejection;
}
