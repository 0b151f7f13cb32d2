// Which text fields carry a Simplified Chinese sibling, and how that sibling
// is named. Shared by the bilingual lint rule and the locale decorator so the
// two can never disagree about the naming convention.

/** The fields the bilingual contract covers unless a rule is told otherwise. */
export const DEFAULT_LOCALIZED_FIELDS = ["summary", "description"];

/** Every field the locale decorator knows how to swap. */
export const ALL_LOCALIZED_FIELDS = ["summary", "description", "title", "x-displayName"];

export const CHINESE_LOCALE = "zh-CN";

/**
 * `summary` -> `x-summary-zh-CN`; an extension field keeps its own prefix:
 * `x-displayName` -> `x-displayName-zh-CN`.
 */
export function chineseSiblingKey(field) {
  return field.startsWith("x-") ? `${field}-${CHINESE_LOCALE}` : `x-${field}-${CHINESE_LOCALE}`;
}

/** Matches any `x-...-zh-CN` key, including ones for fields we do not swap. */
export const CHINESE_SIBLING_KEY = /^x-.+-zh-CN$/;

// Han ideographs (CJK Unified Ideographs and extensions): an "translation"
// without a single one is an untranslated copy of the English text.
const HAN = /\p{Script=Han}/u;

export function containsChinese(text) {
  return typeof text === "string" && HAN.test(text);
}
