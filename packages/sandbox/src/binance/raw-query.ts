import { rejections } from "./binance-error.js";

/** One `name=value` pair exactly as received, plus its decoded form. */
export interface RawQueryPair {
  readonly rawName: string;
  readonly rawValue: string;
  readonly name: string;
  /** Decoded with form semantics (`+` is a space), as Binance's servers decode it; undefined if malformed. */
  readonly value: string | undefined;
}

/** Decodes one form-encoded component; `undefined` when the percent escapes are malformed. */
export function decodeFormComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return undefined;
  }
}

/**
 * Splits the raw query string into pairs in sent order, without normalising
 * anything: signature verification needs the exact received bytes.
 */
export function splitRawQuery(rawQuery: string): RawQueryPair[] {
  const pairs: RawQueryPair[] = [];
  for (const segment of rawQuery.split("&")) {
    if (segment === "") continue;
    const equals = segment.indexOf("=");
    const rawName = equals === -1 ? segment : segment.slice(0, equals);
    const rawValue = equals === -1 ? "" : segment.slice(equals + 1);
    pairs.push({
      rawName,
      rawValue,
      name: decodeFormComponent(rawName) ?? rawName,
      value: decodeFormComponent(rawValue),
    });
  }
  return pairs;
}

/**
 * Decoded parameters by name. A name sent twice in one part (query string or
 * body) is rejected with -1101, as Binance does, rather than silently picking
 * one of the values.
 */
export function parametersByName(pairs: readonly RawQueryPair[]): Map<string, RawQueryPair> {
  const byName = new Map<string, RawQueryPair>();
  for (const pair of pairs) {
    if (byName.has(pair.name)) throw rejections.duplicateParameter();
    byName.set(pair.name, pair);
  }
  return byName;
}
