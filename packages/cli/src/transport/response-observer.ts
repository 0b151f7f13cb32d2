// Keeps a copy of the response the client finally got, so that when reading it
// fails (or what was read is unusable) the CLI can still say what arrived: its
// status decides whether the cancel executed, its body says why it is unreadable.
import type { SapiClient } from "@sapi-kit/client";

type Middleware = Parameters<SapiClient["use"]>[0];

export interface ObservedResponse {
  status: number;
  ok: boolean;
  contentType: string | undefined;
  /** The body as text; "" when empty or when it could not be read at all. */
  text(): Promise<string>;
}

export function observeResponses(): { middleware: Middleware; last(): ObservedResponse | undefined } {
  let last: ObservedResponse | undefined;
  return {
    // Register it BEFORE the signer: openapi-fetch runs onResponse hooks last-registered
    // first, so this one sees the response after the signer's -1021 resend, if any.
    middleware: {
      onResponse({ response }) {
        const copy = response.clone();
        last = {
          status: response.status,
          ok: response.ok,
          contentType: response.headers.get("content-type") ?? undefined,
          text: () => copy.text().catch(() => ""),
        };
      },
    },
    last: () => last,
  };
}
