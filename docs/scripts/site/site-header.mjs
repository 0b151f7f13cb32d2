import { CHROME_TEXT } from "./chrome-text.mjs";
import { renderLanguageSwitcher } from "./language-switcher.mjs";
import { localizedFile, relativeHref } from "./locales.mjs";

/**
 * The header shared by guide pages, the Redoc reference pages and the event
 * reference pages: project
 * name, nav and the language switcher. The GitHub entry is text, not a link
 * that loads anything.
 * @param {import("./locales.mjs").Locale} locale
 * @param {string} pagePath locale-neutral path of the page it sits on
 */
export function renderSiteHeader(locale, pagePath) {
  const text = CHROME_TEXT[locale.code];
  const fromFile = localizedFile(locale, pagePath);
  const href = (target) => relativeHref(fromFile, localizedFile(locale, target));
  const current = (target) => (pagePath === target ? ' aria-current="page"' : "");
  return `<header class="site-header">
  <a class="site-name" href="${href("index.html")}">${text.home}</a>
  <nav class="site-nav">
    <a href="${href("guides/quick-start.html")}"${pagePath.startsWith("guides/") ? ' aria-current="page"' : ""}>${text.guides}</a>
    <a href="${href("reference/index.html")}"${current("reference/index.html")}>${text.reference}</a>
    <a href="${href("events/index.html")}"${current("events/index.html")}>${text.events}</a>
    <span class="site-github">${text.github}</span>
  </nav>
  ${renderLanguageSwitcher(locale, pagePath)}
</header>`;
}
