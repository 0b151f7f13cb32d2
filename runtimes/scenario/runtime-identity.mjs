// Which runtime is executing this code, in its own words. The host compares it
// with the runtime it meant to launch, so a row of the matrix can never pass
// by quietly running somewhere else (e.g. a bundle falling back to Node).
/** @typedef {import("./scenario-types.js").RuntimeIdentity} RuntimeIdentity */

/** @returns {RuntimeIdentity} */
export function runtimeIdentity() {
  /** @type {any} */
  const global = globalThis;
  if (global.Deno?.version?.deno) return { name: "deno", version: String(global.Deno.version.deno) };
  if (global.Bun?.version) return { name: "bun", version: String(global.Bun.version) };
  const userAgent = String(global.navigator?.userAgent ?? "");
  // workerd's navigator.userAgent is exactly this string.
  if (userAgent === "Cloudflare-Workers") return { name: "workerd", version: userAgent };
  if (global.process?.versions?.node && global.window === undefined) return { name: "node", version: String(global.process.version) };
  if (global.window !== undefined && global.document !== undefined) return { name: "browser", version: userAgent };
  throw new Error(`unrecognised runtime (user agent ${JSON.stringify(userAgent)})`);
}
