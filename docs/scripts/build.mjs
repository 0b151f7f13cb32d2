#!/usr/bin/env node
// Builds the static docs site into docs/site/: a landing page, the guides, a
// Redoc API reference and the user data stream's event reference (from
// spec/asyncapi.yaml), in English (site root) and Simplified Chinese
// (/zh-CN/). Needs the spec bundles (spec/dist), built first by turbo.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readEventCatalog } from "./site/event-catalog.mjs";
import { EVENTS_PAGE, renderEventReferencePage } from "./site/event-reference-page.mjs";
import { GUIDE_ASSETS, readGuides } from "./site/guide-catalog.mjs";
import { renderGuidePage } from "./site/guide-page.mjs";
import { LOCALES, localizedFile } from "./site/locales.mjs";
import { buildReferencePage, REFERENCE_PAGE } from "./site/reference-page.mjs";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(docsDir, "..");
const siteDir = join(docsDir, "site");
const specDist = join(repoRoot, "spec", "dist");
const css = readFileSync(join(docsDir, "templates", "site.css"), "utf8");

for (const locale of LOCALES) {
  const bundle = join(specDist, locale.specBundle);
  if (!existsSync(bundle)) {
    console.error(`Missing ${relative(repoRoot, bundle)}: build the spec first (cd spec && node scripts/bundle.mjs).`);
    process.exit(1);
  }
}

rmSync(siteDir, { recursive: true, force: true });

function write(file, content) {
  const target = join(siteDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

for (const locale of LOCALES) {
  const guides = readGuides(join(docsDir, "guides"), locale.code);
  for (const guide of guides) {
    write(localizedFile(locale, guide.pagePath), renderGuidePage({ locale, guide, guides, repoRoot, css }));
  }
  write(localizedFile(locale, EVENTS_PAGE), renderEventReferencePage({ locale, catalog: readEventCatalog(locale.code), css }));
  buildReferencePage({
    locale,
    bundlePath: join(specDist, locale.specBundle),
    outFile: join(siteDir, localizedFile(locale, REFERENCE_PAGE)),
    templatePath: join(docsDir, "templates", "reference.hbs"),
    css,
  });
}

for (const asset of GUIDE_ASSETS) write(asset.to, readFileSync(join(repoRoot, asset.from)));

console.log(`Docs site built: ${join(siteDir, "index.html")}`);
console.log("Serve it with: npm run docs (from the repository root) or: cd docs && npm run serve");
