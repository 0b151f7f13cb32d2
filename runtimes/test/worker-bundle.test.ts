// What the Workers row actually runs: the Worker bundle esbuild makes for the
// browser/worker conditions must carry the signer's WebCrypto build and no
// node: import at all. (workerd then proves it: it runs the bundle without
// nodejs_compat, where a node: import cannot load.)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { bundleWorker } from "../launchers/workerd.js";

const dir = mkdtempSync(join(tmpdir(), "sapi-kit-worker-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("bundles the built client and the signer's WebCrypto entry, with no node: import", async () => {
  const bundle = await bundleWorker(dir);
  const from = (dir: string) => bundle.inputs.filter((input) => input.startsWith(`../packages/${dir}/`));
  // The signer's browser/worker entry only: its node entry (dist/node.js) would pull in node:crypto.
  expect(from("signer")).toEqual(["../packages/signer/dist/index.js"]);
  // The client's built entry (and whatever shared chunks its build splits off).
  expect(from("client")).toContain("../packages/client/dist/index.js");
  expect(from("client").every((input) => input.startsWith("../packages/client/dist/"))).toBe(true);
  expect(bundle.inputs.filter((input) => input.startsWith("../packages/") && !/^\.\.\/packages\/(client|signer)\//.test(input))).toEqual([]);
  expect(bundle.externalImports).toEqual([]);
  expect(readFileSync(bundle.outfile, "utf8")).not.toMatch(/["']node:/);
});
