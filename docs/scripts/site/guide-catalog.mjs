import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// Reading order of the guides in the side nav. Every name needs a Markdown
// file in each locale's folder (docs/guides/<locale>/<name>.md); `index` is
// the landing page and is not listed in the nav.
export const GUIDE_ORDER = Object.freeze([
  "install",
  "quick-start",
  "key-types",
  "clock-sync",
  "errors-and-retries",
  "rate-limits",
  "sandbox",
  "order-list-lifecycle",
  "watching-order-lists",
  "cli",
  "performance",
]);

// Images the guides show that are generated elsewhere in the repository. The
// build copies each `from` (repository-relative) to `to` (site-relative);
// guides link the copy with a relative path. The benchmark charts are
// redrawn by `npm run bench` (bench/README.md).
export const GUIDE_ASSETS = Object.freeze([
  Object.freeze({ from: "bench/chart.en.svg", to: "assets/bench-chart.en.svg" }),
  Object.freeze({ from: "bench/chart.zh-CN.svg", to: "assets/bench-chart.zh-CN.svg" }),
]);

/** @param {string} name */
export function pagePathOfGuide(name) {
  return name === "index" ? "index.html" : `guides/${name}.html`;
}

/** The page's title: its first level-1 heading, without a pinned `{#id}`. */
export function guideTitle(markdown) {
  const heading = /^# (.+)$/m.exec(markdown);
  if (!heading) throw new Error("A guide must start with a level-1 heading (# Title).");
  return heading[1].replace(/\s*\{#[a-z0-9-]+\}\s*$/, "").replace(/`/g, "");
}

/**
 * Every guide source of one locale, landing page first, then GUIDE_ORDER.
 * @param {string} guidesDir docs/guides
 * @param {string} localeCode
 */
export function readGuides(guidesDir, localeCode) {
  const dir = join(guidesDir, localeCode);
  const files = new Set(readdirSync(dir).filter((file) => file.endsWith(".md")));
  const names = ["index", ...GUIDE_ORDER];
  for (const name of names) {
    if (!files.has(`${name}.md`)) throw new Error(`Missing guide ${localeCode}/${name}.md (every locale has every guide).`);
  }
  const unlisted = [...files].map((file) => file.slice(0, -3)).filter((name) => !names.includes(name));
  if (unlisted.length > 0) throw new Error(`Guides not in GUIDE_ORDER: ${unlisted.join(", ")} (${localeCode}).`);
  return names.map((name) => {
    const markdown = readFileSync(join(dir, `${name}.md`), "utf8");
    return { name, markdown, title: guideTitle(markdown), pagePath: pagePathOfGuide(name) };
  });
}
