// The page the browser row opens: one HTML file and the esbuild bundle of the
// scenario, served from loopback on its own port. The sandbox is on another
// port, so every call the page makes is cross-origin, as a real web app's
// call to an API host would be.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENTRIES_DIR, WORKSPACE_DIR } from "./paths.js";
import { bundleForWeb } from "./web-bundle.js";

export interface ScenarioPage {
  /** e.g. http://127.0.0.1:41234: the sandbox must allow this origin (CORS). */
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sapi-kit runtime matrix</title><link rel="icon" href="data:,">
<script type="module" src="/scenario.js"></script></head><body></body></html>`;

export async function startScenarioPage(): Promise<ScenarioPage> {
  const dir = mkdtempSync(join(tmpdir(), "sapi-kit-page-"));
  let server: Server | undefined;
  try {
    // The browser conditions, as a web app's bundler would resolve them.
    const { outfile } = await bundleForWeb(join(ENTRIES_DIR, "browser-entry.mjs"), join(dir, "scenario.js"), ["browser"], WORKSPACE_DIR);
    const script = readFileSync(outfile);
    const started = createServer((req, res) => {
      const [status, type, body] =
        req.url === "/" ? [200, "text/html; charset=utf-8", HTML] : req.url === "/scenario.js" ? [200, "text/javascript", script] : [404, "text/plain", "not found"];
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    });
    server = started;
    await new Promise<void>((resolve, reject) => {
      started.once("error", reject);
      started.listen(0, "127.0.0.1", resolve);
    });
    const origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
    return {
      origin,
      url: `${origin}/`,
      async close() {
        started.closeAllConnections();
        await new Promise((resolve) => started.close(resolve));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
