import { CHROME_TEXT } from "./chrome-text.mjs";
import { renderSiteHeader } from "./site-header.mjs";

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/**
 * The HTML page every non-Redoc page shares (guides, the landing page, the
 * event reference): the site header with its language switcher, a side nav
 * and the main column, styled by the one inlined stylesheet.
 * @param {{ locale: import("./locales.mjs").Locale, pagePath: string, title: string, css: string,
 *           navLabel: string, navItems: string[], body: string }} input
 *   navItems are `<li>` contents (HTML); body is the main column's HTML.
 */
export function renderPageShell({ locale, pagePath, title, css, navLabel, navItems, body }) {
  const text = CHROME_TEXT[locale.code];
  return `<!DOCTYPE html>
<html lang="${locale.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · sapi-kit</title>
<style>${css}</style>
</head>
<body>
${renderSiteHeader(locale, pagePath)}
<div class="page">
  <nav class="guide-nav" aria-label="${escapeHtml(navLabel)}">
    <ol>
      ${navItems.map((item) => `<li>${item}</li>`).join("\n      ")}
    </ol>
  </nav>
  <main class="guide-main">
${body}
  </main>
</div>
<footer class="site-footer">${text.footer}</footer>
</body>
</html>
`;
}
