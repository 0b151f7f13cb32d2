import { Marked, Tokenizer } from "marked";
import { relativeHref } from "./locales.mjs";

// Headings may pin their anchor with a trailing `{#id}`. Both locales of a
// guide use the same ids, so the language switcher (which carries the hash)
// keeps the reader on the same section.
const PINNED_ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// A line break inside a paragraph renders as a space, which is right between
// English words and wrong after Chinese text ("编译； 本站"). Outside <pre>,
// drop a newline that follows a CJK character or full-width punctuation.
const CJK_BEFORE_NEWLINE = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\n(?=\S)/g;

export function joinCjkLines(html) {
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith("<pre") ? part : part.replace(CJK_BEFORE_NEWLINE, "$1")))
    .join("");
}

// A GFM autolink runs to the next whitespace, and Chinese text has none: in
// "（见 https://example.org/a.md）。" it would take "）。" into the URL. No URL
// the guides link to contains full-width punctuation, so an autolink ends
// before the first such character, which stays text.
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/** marked's GFM autolink (`url` tokenizer), cut before full-width punctuation. */
export function autolinkBeforeFullWidth(src) {
  const token = Tokenizer.prototype.url.call(this, src);
  if (!token) return false;
  const cut = token.raw.search(FULL_WIDTH_PUNCTUATION);
  if (cut === -1) return token;
  if (cut === 0) return false;
  const raw = token.raw.slice(0, cut);
  // href is raw with a scheme prefix ("http://" for www., "mailto:" for an email), so the same tail goes.
  const href = token.href.slice(0, token.href.length - (token.raw.length - cut));
  return { ...token, raw, text: raw, href, tokens: [{ type: "text", raw, text: raw }] };
}

/** Maps a Markdown link target between guides (`install.md`, `index.md`, `reference.md`, `events.md`) to a page path. */
export function pagePathForLink(target) {
  const match = /^(?:\.\/)?([\w-]+)\.md(#.*)?$/.exec(target);
  if (!match) return undefined;
  const [, name, hash = ""] = match;
  if (name === "index") return { pagePath: "index.html", hash };
  if (name === "reference") return { pagePath: "reference/index.html", hash };
  if (name === "events") return { pagePath: "events/index.html", hash };
  return { pagePath: `guides/${name}.html`, hash };
}

/**
 * Markdown -> HTML for one page.
 * @param {string} markdown
 * @param {{ currentFile: string, fileFor: (pagePath: string) => string }} links
 */
export function renderMarkdown(markdown, links) {
  const marked = new Marked({
    gfm: true,
    tokenizer: { url: autolinkBeforeFullWidth },
    renderer: {
      heading({ tokens, depth, text }) {
        const pinned = PINNED_ID.exec(text);
        const inner = this.parser.parseInline(tokens).replace(PINNED_ID, "");
        const id = pinned ? pinned[1] : slugify(text);
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const page = pagePathForLink(href);
        const target = page ? relativeHref(links.currentFile, links.fileFor(page.pagePath)) + page.hash : href;
        const titleAttribute = title ? ` title="${title}"` : "";
        return `<a href="${target}"${titleAttribute}>${this.parser.parseInline(tokens)}</a>`;
      },
    },
  });
  return joinCjkLines(marked.parse(markdown, { async: false }));
}
