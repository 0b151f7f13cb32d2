import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROME_TEXT } from "./chrome-text.mjs";
import { findExternalResources } from "./external-resources.mjs";
import { redocOptions } from "./redoc-options.mjs";
import { renderSiteHeader } from "./site-header.mjs";

/** Bundling config for build-docs; its `openapi:` options reach Redoc through redocOptions(). */
const REDOC_CONFIG = fileURLToPath(new URL("../../redocly.yaml", import.meta.url));

export const REFERENCE_PAGE = "reference/index.html";

// Redoc shows a "API docs by Redocly" badge whose logo it loads from Redocly's
// CDN after hydration. The offline site swaps that one image for an inline SVG.
const CDN_LOGOS = [/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini-full\.svg/g, /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/g];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#555">Redocly</text></svg>',
)}`;

// Redoc's sidebar and panels are laid out against the viewport; this moves
// them below the site header so both stay usable.
const REDOC_OFFSET_CSS = `
#redoc { --sapi-header: var(--header-height); }
#redoc nav, #redoc aside { top: var(--header-height) !important; max-height: calc(100vh - var(--header-height)); }
`;

const require = createRequire(import.meta.url);

function redoclyBin() {
  return join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
}

// Redoc CE 3 prerenders its links as paths from the site root ("/general",
// "/margin-trading"), but the page it hydrates routes by hash ("#/general").
// React keeps the server's attributes when it hydrates, so those links stay
// paths: followed in a new tab they leave the reference page and 404 (and
// both locales' pages would claim the same "/general"). Hash links work on
// any static host and from disk, so the prerendered ones become what the
// hydrated page renders itself.
const REDOC_ROOT = '<div id="redoc">';

/** Turns Redoc's prerendered root-path links (`href="/x"`) into its hash routes (`href="#/x"`). */
export function hashRouteLinks(html) {
  const start = html.indexOf(REDOC_ROOT);
  if (start === -1) throw new Error("The reference page has no Redoc root (<div id=\"redoc\">).");
  // The prerendered markup ends where the hydration module begins.
  const end = html.indexOf('<script type="module">', start);
  if (end === -1) throw new Error("The reference page has no hydration script after its Redoc root.");
  const markup = html.slice(start, end).replace(/(<a\b[^>]*?\shref=")\/(?!\/)/g, "$1#/");
  return html.slice(0, start) + markup + html.slice(end);
}

/** Replaces Redoc's CDN logo with an inline one; the site must load nothing from the network. */
export function makeOffline(html) {
  return CDN_LOGOS.reduce((page, logo) => page.replace(logo, INLINE_LOGO), html);
}

/**
 * Builds one locale's Redoc page with `redocly build-docs --inlineBundle`
 * (the Redoc bundle inlined, no CDN), the locale's Redoc options
 * (`--openapi`, see redoc-options.mjs) and the site template. The locale's
 * spec bundle is copied next to the page for Redoc's download button.
 * @param {{ locale: import("./locales.mjs").Locale, bundlePath: string, outFile: string, templatePath: string, css: string }} input
 */
export function buildReferencePage({ locale, bundlePath, outFile, templatePath, css }) {
  mkdirSync(dirname(outFile), { recursive: true });
  const specFileName = basename(bundlePath);
  copyFileSync(bundlePath, join(dirname(outFile), specFileName));
  const result = spawnSync(
    process.execPath,
    [
      redoclyBin(),
      "build-docs",
      bundlePath,
      "--output",
      outFile,
      "--template",
      templatePath,
      "--inlineBundle",
      "--config",
      REDOC_CONFIG,
      // Replaces the config's `openapi:` section (build-docs reads one or the other).
      "--openapi",
      JSON.stringify(redocOptions(locale, specFileName)),
      "--title",
      CHROME_TEXT[locale.code].referenceTitle,
      `--templateOptions.htmlLang=${locale.htmlLang}`,
    ],
    {
      encoding: "utf8",
      // Telemetry and update checks would contact Redocly's servers; the
      // build talks to nobody.
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", CI: "true" },
    },
  );
  if (result.status !== 0) {
    throw new Error(`redocly build-docs failed for ${locale.code} (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  const built = readFileSync(outFile, "utf8");
  const page = hashRouteLinks(makeOffline(built))
    .replace("/* sapi-kit:site-css */", () => css + REDOC_OFFSET_CSS)
    .replace("<!-- sapi-kit:site-header -->", () => renderSiteHeader(locale, REFERENCE_PAGE));
  const external = findExternalResources(page);
  if (external.length > 0) {
    throw new Error(`The ${locale.code} reference page would load from other hosts: ${external.join(", ")}`);
  }
  writeFileSync(outFile, page);
}
