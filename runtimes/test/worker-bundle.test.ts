// What the Workers row actually runs: the Worker bundle esbuild makes for the
// browser/worker conditions must carry the signer's WebCrypto build, the
// stream's platform-WebSocket build (no `ws`) and no node: import at all.
// (workerd then proves it: it runs the bundle without nodejs_compat, where a
// node: import cannot load.)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { bundleWorker } from "../launchers/workerd.js";

const dir = mkdtempSync(join(tmpdir(), "sapi-kit-worker-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("bundles the built client, the signer's WebCrypto entry and the stream's platform-WebSocket entry, with no node: import", async () => {
  const bundle = await bundleWorker(dir);
  const from = (dir: string) => bundle.inputs.filter((input) => input.startsWith(`../packages/${dir}/`));
  // The signer's browser/worker entry and the chunks its entries share (its error
  // classes, the middleware): never its node builds (dist/node.js, dist/hmac/node.js),
  // which pull in node:crypto (the no-node: checks below catch a node chunk too).
  expect(from("signer")).toContain("../packages/signer/dist/index.js");
  expect(from("signer").every((input) => /^\.\.\/packages\/signer\/dist\/(index|chunk-[\w-]+)\.js$/.test(input))).toBe(true);
  // The client's built entry (and whatever shared chunks its build splits off).
  expect(from("client")).toContain("../packages/client/dist/index.js");
  expect(from("client").every((input) => input.startsWith("../packages/client/dist/"))).toBe(true);
  // The stream's default (platform WebSocket) entry and its chunks: never its node entry (dist/node.js),
  // whose fallback imports `ws`.
  expect(from("stream")).toContain("../packages/stream/dist/index.js");
  expect(from("stream").every((input) => /^\.\.\/packages\/stream\/dist\/(index|chunk-[\w-]+)\.js$/.test(input))).toBe(true);
  expect(bundle.inputs.filter((input) => /\/node_modules\/(\.pnpm\/)?ws[@/]/.test(input))).toEqual([]);
  expect(bundle.inputs.filter((input) => input.startsWith("../packages/") && !/^\.\.\/packages\/(client|signer|stream)\//.test(input))).toEqual([]);
  expect(bundle.externalImports).toEqual([]);
  expect(readFileSync(bundle.outfile, "utf8")).not.toMatch(/["']node:/);
});
