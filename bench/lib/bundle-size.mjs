// Bundled min+gzip size, the way a front-end build would ship it: esbuild,
// bundle everything, minify, ESM, browser conditions (so a package's
// `node` export is not what gets measured), gzip level 9.
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * @param {{ entry: string, resolveDir: string, platform?: "browser" | "node" | "neutral" }} options
 * @returns {Promise<{ code: string, minifiedBytes: number, gzipBytes: number, platform: string }>}
 */
export async function bundleSize({ entry, resolveDir, platform = "browser", external = [] }) {
  const result = await build({
    external,
    stdin: { contents: entry, resolveDir, loader: "js", sourcefile: "size-entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  return {
    code: output.text,
    minifiedBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    platform,
  };
}

const UNRESOLVED = /Could not resolve "([^"]+)"/g;

/**
 * Peers import optional dependencies that are not installed (ccxt's
 * protobufjs, say). Those are left out of the bundle and listed in
 * `missing`, so the size reads as a lower bound instead of failing.
 */
async function bundleSizeSkippingMissing(options) {
  const external = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const result = await bundleSize({ ...options, external });
      return external.length > 0 ? { ...result, missing: external } : result;
    } catch (error) {
      const missing = [...String(error.message).matchAll(UNRESOLVED)].map((match) => match[1]);
      const fresh = [...new Set(missing)].filter((name) => !external.includes(name) && !name.startsWith("node:"));
      if (fresh.length === 0 || options.platform === "browser" && missing.some(isNodeBuiltin)) throw error;
      external.push(...fresh);
    }
  }
  return bundleSize({ ...options, external });
}

function isNodeBuiltin(name) {
  return name.startsWith("node:") || builtinModules.includes(name.split("/")[0]);
}

/**
 * Node-only SDKs (axios + node:crypto, say) do not bundle for the browser;
 * they are then measured for platform node (built-ins left out), and the
 * result says so.
 */
export async function bundleSizePreferBrowser({ entry, resolveDir }) {
  try {
    return await bundleSizeSkippingMissing({ entry, resolveDir, platform: "browser" });
  } catch (browserError) {
    const result = await bundleSizeSkippingMissing({ entry, resolveDir, platform: "node" });
    return { ...result, browserError: String(browserError.message ?? browserError).split("\n")[0] };
  }
}
