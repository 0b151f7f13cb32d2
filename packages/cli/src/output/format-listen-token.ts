// The summary of create-listen-token: which account the token is for and when
// it expires. The token itself is a credential (whoever holds it can subscribe
// to the account's events until it expires), so the summary shows only its
// first characters; --json prints the whole response.
import type { UsageHeaders } from "@sapi-kit/signer";
import { type Locale, messages } from "./messages/index.js";
import { usageLine } from "./summary-parts.js";

/** How many characters of the token the summary shows. */
export const TOKEN_PREFIX_LENGTH = 6;

interface ListenTokenBody {
  token: string;
  expirationTime: number;
}

/** `isolatedSymbol`: the isolated account the request named; undefined for the cross account. */
export function formatListenToken(data: unknown, usage: UsageHeaders, locale: Locale, isolatedSymbol: string | undefined): string {
  const { token, expirationTime } = data as ListenTokenBody;
  const words = messages[locale];
  const account = isolatedSymbol === undefined ? ({ isolated: false } as const) : ({ isolated: true, symbol: isolatedSymbol } as const);
  const lines = [
    words.listenTokenCreated(account, new Date(expirationTime).toISOString(), expirationTime),
    `  ${words.listenTokenMasked(token.slice(0, TOKEN_PREFIX_LENGTH))}`,
    ...usageLine(usage, locale),
  ];
  return `${lines.join("\n")}\n`;
}
