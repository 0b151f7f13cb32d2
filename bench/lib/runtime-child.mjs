// Runs inside Bun or Deno (lib/runtime-ratios.mjs starts it): sapi-kit
// against that runtime's own floor, raw `fetch` + its fastest HMAC, with the
// same interleaved, paired rounds as on Node (lib/per-call.mjs). The input
// (sandbox URL, credentials, the lists to cancel, the round sizes) arrives
// as JSON on stdin; the results leave as JSON on stdout.
import process from "node:process";
import { createRawFetchCancel } from "../contenders/raw-fetch.mjs";
import sapiKit from "../contenders/sapi-kit.mjs";
import { allowLoopbackOnly, guardFetch } from "./loopback-guard.mjs";
import { measurePerCall } from "./per-call.mjs";
import { preseededTarget } from "./preseeded-target.mjs";
import { fastestHmac, hmacCandidates, timeHmacs } from "./runtime-hmacs.mjs";

let raw = "";
for await (const chunk of process.stdin) raw += typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk);
const input = JSON.parse(raw);
allowLoopbackOnly();
guardFetch(input.baseUrl);

const candidates = await hmacCandidates(input.apiSecret);
const hmacTimings = await timeHmacs(candidates);
const fastest = fastestHmac(hmacTimings);
const sign = candidates.find((candidate) => candidate.id === fastest.id).sign;

const floor = {
  id: "raw-fetch",
  label: `raw fetch + ${fastest.id}`,
  floor: true,
  create: ({ baseUrl, apiKey }) => createRawFetchCancel({ baseUrl, apiKey, id: "raw-fetch", sign }),
};

const target = preseededTarget(input);

const rows = await measurePerCall({ contenders: [floor, sapiKit], target, ...input.config });
const Bun = /** @type {any} */ (globalThis).Bun;
const Deno = /** @type {any} */ (globalThis).Deno;
process.stdout.write(
  JSON.stringify({
    runtime: Bun ? { name: "bun", version: Bun.version } : Deno ? { name: "deno", version: Deno.version.deno } : { name: "node", version: process.version },
    hmac: { chosen: fastest.id, timings: hmacTimings },
    calls: target.used(),
    rows,
  }),
);
process.exit(0);
