// A real browser page: Debian's Chromium, headless, driven by playwright-core.
// The page loads the scenario bundle from its own loopback origin and calls the
// sandbox on another port, so every signed call is a CORS request with a
// preflight (the sandbox's opt-in CORS mode allows the page's origin). Nothing
// may leave loopback, and the page must log no error.
import { chromium } from "playwright-core";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";
import type { ScenarioReport } from "../scenario/scenario-types.js";
import { LAUNCH_TIMEOUT_MS, type RuntimeLauncher } from "./launcher.js";
import type { ScenarioPage } from "./scenario-page.js";
import { redact } from "./scenario-process.js";

/** The docs' browser test flags (no sandbox: root in CI; no GPU; no background network), and loopback only. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Nothing resolves but loopback: the page cannot reach any other host.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** `page()` is the page server started (before the sandbox) by the test; `crossOrigin` marks the preflights. */
export function chromiumLauncher(page: () => ScenarioPage): RuntimeLauncher & { readonly crossOrigin: true } {
  return {
    title: "Chromium (Debian, headless)",
    id: "chromium",
    webSocket: "platform",
    crossOrigin: true,
    async launch(input) {
      const executablePath = ensureChromium();
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS });
      let timer: NodeJS.Timeout | undefined;
      try {
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the page did not finish within ${LAUNCH_TIMEOUT_MS} ms`)), LAUNCH_TIMEOUT_MS);
        });
        const run = async () => {
          const tab = await browser.newPage();
          const problems: string[] = [];
          // Watched, not intercepted: with request interception on, Playwright answers CORS
          // preflights itself, and the sandbox's CORS mode would go untested. Leaving loopback
          // is prevented by --host-resolver-rules instead.
          tab.on("request", (request) => {
            if (new URL(request.url()).hostname !== "127.0.0.1") problems.push(`request off loopback: ${request.url()}`);
          });
          tab.on("console", (message) => {
            if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
          });
          tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
          await tab.goto(page().url);
          await tab.waitForFunction(() => typeof (globalThis as { runScenario?: unknown }).runScenario === "function");
          const report = await tab.evaluate(
            (scenarioInput) => (globalThis as unknown as { runScenario(i: unknown): Promise<ScenarioReport> }).runScenario(scenarioInput),
            input,
          );
          if (problems.length > 0) throw new Error(redact(problems.join("\n"), input));
          return report;
        };
        const report = await Promise.race([run(), deadline]);
        // The user agent carries the major version only (e.g. "HeadlessChrome/156.0.0.0").
        return { report, expected: { name: "browser", version: `Chrome/${browser.version().split(".")[0]}.` } };
      } finally {
        clearTimeout(timer);
        await browser.close();
      }
    },
  };
}
