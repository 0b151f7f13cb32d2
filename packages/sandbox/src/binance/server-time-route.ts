import type { SandboxClock } from "./sandbox-clock.js";
import type { SandboxResponse } from "./sandbox-request.js";

/** `GET /api/v3/time`: unsigned, no API key; skew included, which is how clients resync. */
export function serverTimeRoute(clock: SandboxClock): SandboxResponse {
  return { status: 200, body: { serverTime: clock.serverTime() }, executed: false };
}
