import { LOCALES, localizedFile, relativeHref } from "./locales.mjs";

// Why a script at all: the twin page is known at build time, but the reader's
// place inside the page (Redoc's `#/margin-trading/margincanceloco` route, or a
// guide's heading anchor) is only known in the browser. Anchors are derived
// from locale-neutral names (tag names, operationIds, English-slug heading ids
// shared by both locales), so carrying the hash lands on the same place.
const CARRY_HASH_SCRIPT = `<script>
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element ? event.target.closest("a[data-locale-switch]") : null;
  if (!link || !location.hash) return;
  link.setAttribute("href", link.getAttribute("href").split("#")[0] + location.hash);
}, true);
</script>`;

/**
 * The "English | 简体中文" switcher for one page.
 * @param {import("./locales.mjs").Locale} current
 * @param {string} pagePath locale-neutral page path, e.g. "reference/index.html"
 */
export function renderLanguageSwitcher(current, pagePath) {
  const fromFile = localizedFile(current, pagePath);
  const links = LOCALES.map((locale) => {
    if (locale.code === current.code) {
      return `<span class="locale-current" aria-current="true" lang="${locale.htmlLang}">${locale.label}</span>`;
    }
    const href = relativeHref(fromFile, localizedFile(locale, pagePath));
    return `<a data-locale-switch="${locale.code}" href="${href}" hreflang="${locale.htmlLang}" lang="${locale.htmlLang}">${locale.label}</a>`;
  });
  return `<nav class="locale-switcher" aria-label="Language / 语言">${links.join('<span aria-hidden="true"> | </span>')}</nav>${CARRY_HASH_SCRIPT}`;
}
