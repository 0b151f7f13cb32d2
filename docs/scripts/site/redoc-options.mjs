import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

// Redoc options per locale. `redocly build-docs` (@redocly/cli 2.77.0) renders
// with Redoc CE 3.0.1, whose UI strings ("Request", "Responses", "required",
// "Enum:", ...) are English defaults with no option to replace them: Redoc 3
// dropped Redoc 2's `labels` option (the CLI's config schema still accepts it,
// Redoc ignores it). What Redoc 3 does let us set is localized here; the rest
// is listed in docs/README.md ("What Redoc cannot translate").

/** Shared build-docs options (code sample languages); docs/redocly.yaml, `openapi:`. */
const REDOC_CONFIG = fileURLToPath(new URL("../../redocly.yaml", import.meta.url));

/**
 * Every UI string Redoc CE 3.0.1 lets a site set, per locale. The page title
 * comes from CHROME_TEXT (`--title`); tag names and all API text come from the
 * locale's spec bundle.
 */
export const REDOC_UI_TEXT = Object.freeze({
  en: Object.freeze({ downloadButton: "OpenAPI description in English (YAML)" }),
  "zh-CN": Object.freeze({ downloadButton: "简体中文 OpenAPI 描述文件（YAML）" }),
});

/** Shared options from docs/redocly.yaml. */
export function sharedRedocOptions() {
  const config = parse(readFileSync(REDOC_CONFIG, "utf8")) ?? {};
  return config.openapi ?? {};
}

/**
 * The options object passed to `build-docs --openapi` for one locale.
 * @param {import("./locales.mjs").Locale} locale
 * @param {string} specFileName the locale's bundle, served next to the page
 */
export function redocOptions(locale, specFileName) {
  const text = REDOC_UI_TEXT[locale.code];
  if (!text) throw new TypeError(`No Redoc UI text for locale '${locale.code}'.`);
  return {
    ...sharedRedocOptions(),
    // The download button offers this locale's monolingual bundle, served
    // from the site itself (relative URL: no other host, works from disk).
    downloadUrls: [{ title: text.downloadButton, url: specFileName }],
  };
}
