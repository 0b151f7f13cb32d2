// The HMAC-SHA256 implementations a Bun or Deno app can sign with, and the
// pick of the fastest: each one signs the same queries, must agree with the
// others byte for byte, and the one with the least time per signature is the
// raw-fetch reference's HMAC in that runtime.

/**
 * Candidates available in the running runtime: node:crypto (both provide it),
 * WebCrypto (both), Bun.CryptoHasher (Bun only).
 * @param {string} secret
 * @returns {Promise<{ id: string, sign: (query: string) => string | Promise<string> }[]>}
 */
export async function hmacCandidates(secret) {
  const { createHmac } = await import("node:crypto");
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const candidates = [
    { id: "node:crypto", sign: (query) => createHmac("sha256", secret).update(query).digest("hex") },
    { id: "WebCrypto", sign: async (query) => toHex(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(query)))) },
  ];
  const Bun = /** @type {any} */ (globalThis).Bun;
  if (typeof Bun?.CryptoHasher === "function") {
    candidates.push({ id: "Bun.CryptoHasher", sign: (query) => new Bun.CryptoHasher("sha256", secret).update(query).digest("hex") });
  }
  return candidates;
}

function toHex(bytes) {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * Times every candidate in alternating passes and keeps each one's best pass.
 * @returns {Promise<{ id: string, usPerSign: number }[]>}
 */
export async function timeHmacs(candidates, { passes = 3, signs = 500 } = {}) {
  const queries = Array.from({ length: signs }, (_, index) => `symbol=LTCBTC&orderListId=${index}&timestamp=${1_700_000_000_000 + index}`);
  const expected = await candidates[0].sign(queries[0]);
  for (const candidate of candidates) {
    const signature = await candidate.sign(queries[0]);
    if (signature !== expected) throw new Error(`HMAC ${candidate.id} disagrees: ${signature} vs ${expected}`);
  }
  const best = new Map(candidates.map((candidate) => [candidate.id, Number.POSITIVE_INFINITY]));
  for (let pass = 0; pass < passes; pass++) {
    for (const candidate of candidates) {
      const started = performance.now();
      for (const query of queries) await candidate.sign(query);
      best.set(candidate.id, Math.min(best.get(candidate.id), ((performance.now() - started) * 1000) / signs));
    }
  }
  return candidates.map((candidate) => ({ id: candidate.id, usPerSign: best.get(candidate.id) }));
}

/** The fastest of the timed candidates (the first one on a tie). */
export function fastestHmac(timings) {
  if (timings.length === 0) throw new RangeError("no HMAC candidates timed");
  return timings.reduce((best, timing) => (timing.usPerSign < best.usPerSign ? timing : best));
}
