import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundleSize } from "../lib/bundle-size.mjs";

// The size budget from the issue: what a browser app pays for the client and
// the signer together, openapi-fetch included, minified and gzipped.
const BUDGET_BYTES = 6144;
const benchDir = fileURLToPath(new URL("..", import.meta.url));
const entry = 'export { createClient } from "@sapi-kit/client";\nexport { createSigner } from "@sapi-kit/signer";\n';

describe("bundle size budget: createClient + createSigner", async () => {
  // platform browser: the default/WebCrypto build, not the `node` condition.
  const bundle = await bundleSize({ entry, resolveDir: benchDir, platform: "browser" });
  const scratch = mkdtempSync(join(tmpdir(), "sapi-kit-size-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(`is at most ${BUDGET_BYTES} bytes min+gzip`, () => {
    console.log(`client + signer: ${bundle.minifiedBytes} B minified, ${bundle.gzipBytes} B min+gzip (budget ${BUDGET_BYTES} B)`);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("bundles everything: no import left for a runtime to resolve", () => {
    // A bundle that kept `openapi-fetch` external would look small and be wrong.
    expect(bundle.code).not.toMatch(/\bfrom\s*["'][^"']+["']|\bimport\s*\(|\brequire\s*\(/);
  });

  it("is a real bundle whose createClient and createSigner work", async () => {
    expect(bundle.gzipBytes).toBeGreaterThan(500);
    const file = join(scratch, "bundle.mjs");
    writeFileSync(file, bundle.code);
    const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    expect(Object.keys(loaded).sort()).toEqual(["createClient", "createSigner"]);
    const { createClient, createSigner } = loaded as {
      createClient: (options?: { baseUrl?: string }) => { use: (middleware: unknown) => void; DELETE: unknown };
      createSigner: (options: { apiKey: string; apiSecret: string }) => unknown;
    };
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    expect(typeof client.DELETE).toBe("function");
    expect(() => client.use(createSigner({ apiKey: "size-test-key", apiSecret: "size-test-secret" }))).not.toThrow();
  });
});
