import {
  ALL_LOCALIZED_FIELDS,
  CHINESE_LOCALE,
  CHINESE_SIBLING_KEY,
  chineseSiblingKey,
} from "../localized-fields.mjs";

const SUPPORTED_LOCALES = ["en", CHINESE_LOCALE];

/**
 * Turns the bilingual source into a monolingual bundle. For `zh-CN` the
 * Chinese sibling replaces the standard field (`summary`, `description`,
 * `info.title`, tag `x-displayName`) so that Redoc and type generators, which
 * only read standard fields, show Chinese. Both locales drop every
 * `x-*-zh-CN` sibling: a bundle carries one language.
 *
 * Options: `locale` ("en" or "zh-CN").
 */
export function Locale(options = {}) {
  const { locale } = options;
  if (!SUPPORTED_LOCALES.includes(locale)) {
    throw new Error(`sapi-kit/locale: option "locale" must be one of ${SUPPORTED_LOCALES.join(", ")}.`);
  }
  return {
    any: {
      leave(node, ctx) {
        if (typeof node !== "object" || node === null || Array.isArray(node) || !ctx.type?.properties) return;
        if (locale === CHINESE_LOCALE) {
          for (const field of ALL_LOCALIZED_FIELDS) {
            const chinese = node[chineseSiblingKey(field)];
            if (typeof chinese === "string" && chinese.trim() !== "") node[field] = chinese;
          }
        }
        for (const key of Object.keys(node)) {
          if (CHINESE_SIBLING_KEY.test(key)) delete node[key];
        }
      },
    },
  };
}
