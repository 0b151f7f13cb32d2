// The WebSocket API requests a sandbox receives, read through its fault
// matcher: a rule whose predicate records each frame and never matches, so
// no fault is ever injected. This is how a test sees that the watch asked
// the sandbox to end its subscriptions.
import type { Sandbox } from "@sapi-kit/sandbox";

/** From now on, the `method` of every WebSocket API request the sandbox receives, in order. */
export function recordStreamMethods(sandbox: Sandbox): () => string[] {
  const methods: string[] = [];
  const record = (body: string) => {
    methods.push((JSON.parse(body) as { method: string }).method);
    return false;
  };
  sandbox.faults.inject({ type: "drop-connection" }, { times: Number.POSITIVE_INFINITY, match: { path: "/ws-api/v3", when: ({ body }) => record(body) } });
  return () => [...methods];
}
