// The two locales of the site and how a page's path maps between them.
// English lives at the site root, Simplified Chinese under /zh-CN/: every page
// exists in both, so the language switcher can always map 1:1.

/** @typedef {{ code: "en" | "zh-CN", htmlLang: string, label: string, dir: string, specBundle: string }} Locale */

/** @type {readonly Locale[]} */
export const LOCALES = Object.freeze([
  Object.freeze({ code: "en", htmlLang: "en", label: "English", dir: "", specBundle: "openapi.en.yaml" }),
  Object.freeze({ code: "zh-CN", htmlLang: "zh-CN", label: "简体中文", dir: "zh-CN", specBundle: "openapi.zh-CN.yaml" }),
]);

/** @param {string} code */
export function localeByCode(code) {
  const locale = LOCALES.find((candidate) => candidate.code === code);
  if (!locale) throw new TypeError(`Unknown locale '${code}'.`);
  return locale;
}

/**
 * Site-relative file of a page in a locale, e.g. ("zh-CN", "guides/install.html")
 * -> "zh-CN/guides/install.html".
 * @param {Locale} locale
 * @param {string} pagePath locale-neutral path, "index.html" or "guides/x.html"
 */
export function localizedFile(locale, pagePath) {
  return locale.dir ? `${locale.dir}/${pagePath}` : pagePath;
}

/**
 * A relative href from one site file to another. Relative links keep the site
 * working from any base path and straight from disk (file://).
 * @param {string} fromFile site-relative file of the current page
 * @param {string} toFile site-relative file of the target
 */
export function relativeHref(fromFile, toFile) {
  const fromDirs = fromFile.split("/").slice(0, -1);
  const toParts = toFile.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const ups = fromDirs.length - common;
  return `${"../".repeat(ups)}${toParts.slice(common).join("/")}`;
}
