// Finds references in built HTML that a browser would fetch from another
// host: script/img/iframe/source src, <link href> (stylesheets, preloads,
// icons), CSS url() and @import, and ES module imports. Plain <a href> links
// and XML namespace strings are not fetched and are not reported.
const LOADED_REFERENCE_PATTERNS = [
  /<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*?\ssrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*?\shref\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
  /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
  /@import\s+(?:url\()?\s*["']((?:https?:)?\/\/[^"']+)/gi,
  /\bimport\s*(?:\(\s*|[\w{},*\s]+from\s*)["']((?:https?:)?\/\/[^"']+)/gi,
  /\bsrc\s*:\s*[`"']((?:https?:)?\/\/[^`"']+)/g,
  // Asset URLs as string literals in inlined scripts (e.g. an <img> src chosen at run time).
  /[`"']((?:https?:)?\/\/[^`"'\s]+\.(?:svg|png|jpe?g|gif|webp|ico|woff2?|ttf|otf|css|js|mjs))[`"']/gi,
];

/** @returns {string[]} every external URL the page would load, deduplicated */
export function findExternalResources(html) {
  const found = new Set();
  for (const pattern of LOADED_REFERENCE_PATTERNS) {
    for (const match of html.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}
