import { CHROME_TEXT } from "./chrome-text.mjs";
import { localizedFile, relativeHref } from "./locales.mjs";
import { renderMarkdown } from "./markdown.mjs";
import { escapeHtml, renderPageShell } from "./page-shell.mjs";
import { expandSampleIncludes } from "./sample-includes.mjs";

const SAMPLE_CAPTION = {
  en: "This is the exact file {path}; the docs tests compile it and run it against the sandbox.",
  "zh-CN": "以上即文件 {path} 的完整内容；文档测试会编译它并在沙箱中运行。",
};

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
  const navItems = guides
    .filter((entry) => entry.name !== "index")
    .map((entry) => {
      const current = entry.name === guide.name ? ' aria-current="page"' : "";
      return `<a href="${relativeHref(currentFile, fileFor(entry.pagePath))}"${current}>${escapeHtml(entry.title)}</a>`;
    });
  return renderPageShell({
    locale,
    pagePath: guide.pagePath,
    title: guide.title,
    css,
    navLabel: CHROME_TEXT[locale.code].guides,
    navItems,
    body,
  });
}
