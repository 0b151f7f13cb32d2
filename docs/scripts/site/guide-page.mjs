import { CHROME_TEXT } from "./chrome-text.mjs";
import { localizedFile, relativeHref } from "./locales.mjs";
import { renderMarkdown } from "./markdown.mjs";
import { expandSampleIncludes } from "./sample-includes.mjs";
import { renderSiteHeader } from "./site-header.mjs";

const SAMPLE_CAPTION = {
  en: "This is the exact file {path}; the docs tests compile it and run it against the sandbox.",
  "zh-CN": "以上即文件 {path} 的完整内容；文档测试会编译它并在沙箱中运行。",
};

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/**
 * One complete HTML page for a guide (or the landing page).
 * @param {{ locale: import("./locales.mjs").Locale, guide: { name: string, markdown: string, title: string, pagePath: string },
 *           guides: { name: string, title: string, pagePath: string }[], repoRoot: string, css: string }} input
 */
export function renderGuidePage({ locale, guide, guides, repoRoot, css }) {
  const currentFile = localizedFile(locale, guide.pagePath);
  const fileFor = (pagePath) => localizedFile(locale, pagePath);
  const markdown = expandSampleIncludes(guide.markdown, repoRoot, SAMPLE_CAPTION[locale.code]);
  const body = renderMarkdown(markdown, { currentFile, fileFor });
  const nav = guides
    .filter((entry) => entry.name !== "index")
    .map((entry) => {
      const current = entry.name === guide.name ? ' aria-current="page"' : "";
      return `<li><a href="${relativeHref(currentFile, fileFor(entry.pagePath))}"${current}>${escapeHtml(entry.title)}</a></li>`;
    })
    .join("\n      ");
  const text = CHROME_TEXT[locale.code];
  return `<!DOCTYPE html>
<html lang="${locale.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(guide.title)} · sapi-kit</title>
<style>${css}</style>
</head>
<body>
${renderSiteHeader(locale, guide.pagePath)}
<div class="page">
  <nav class="guide-nav" aria-label="${text.guides}">
    <ol>
      ${nav}
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
