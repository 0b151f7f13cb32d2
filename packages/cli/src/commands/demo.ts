// `sapi-kit demo` (what `npm start` runs): the margin order-list lifecycle
// on a loopback sandbox: every step is a command of this CLI (or, to move the
// market, the sandbox's admin price route over HTTP), with the generated
// standalone credentials; nothing is seeded through a JS API. Beside the
// steps, `sapi-kit margin watch` follows each account's user data stream and
// its lines show, after each step, the events that step caused.
//   1. an OCO: placed, the price moves through its take-profit (the stream
//      shows the fill as it happens); the list shows which order filled and
//      at what price, the trade list the trade;
//   2. an OTOCO and an OTO: the price moves, both working orders fill, the
//      OTOCO's pending pair goes live as an OCO (the stream shows it turn
//      NEW) and the OTO's pending order is a single open order;
//   3. one cancel-all sweeps the symbol: the open pair's list and that order.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitCode } from "../output/exit-codes.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import { DemoStepFailed } from "./demo-step-failed.js";
import type { DemoWatch } from "./demo-watch.js";

/** Runs one CLI command line: the demo is given `runCli` by its caller rather than importing it back. */
export type RunCommand = (argv: string[], io: CliIo) => Promise<ExitCode>;

const SYMBOL = "BTCUSDT";
/** The lists cancel-all changes: the OTOCO's open pair and the OTO whose pending order is still open. */
const CANCEL_ALL_LISTS = ["demo-otoco", "demo-oto"];

export async function runDemo(locale: Locale, io: CliIo, runCli: RunCommand): Promise<ExitCode> {
  const words = messages[locale];
  // Loaded here, not at startup: only `demo`, `sandbox` and `--sandbox` load the sandbox.
  const { startStandaloneSandbox } = await import("@sapi-kit/sandbox");
  const standalone = await startStandaloneSandbox();
  const keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-demo-"));
  /** The watch running beside the steps, if one is. */
  let watch: DemoWatch | undefined;
  try {
    const { url, credentials } = standalone;
    const keyFile = join(keyDir, "ed25519.pem");
    await writeFile(keyFile, credentials.ed25519.privateKeyPem, { mode: 0o600 });
    const hmacEnv = { BINANCE_API_KEY: credentials.hmac.apiKey, BINANCE_API_SECRET: credentials.hmac.apiSecret };
    const ed25519Env = { BINANCE_API_KEY: credentials.ed25519.apiKey, BINANCE_PRIVATE_KEY_FILE: keyFile };

    /** What the watch's lines wait for after a step: the lists (client ids) the step changes. */
    type Changes = { lists?: readonly string[] };

    /** One CLI command, shown as the user would type it, against the sandbox; then the watch's lines of what it changed. */
    async function step(argv: string[], env: Record<string, string>, note = "", changes: Changes = {}): Promise<void> {
      io.stdout(`\n$ sapi-kit ${argv.join(" ")}${note}\n`);
      const code = await runCli([...argv, "--base-url", url, "--lang", locale], { ...io, env });
      if (code !== ExitCode.ok) throw new DemoStepFailed(`sapi-kit ${argv.join(" ")} (exit ${code})`);
      if (changes.lists) await watch?.settle(changes.lists);
    }

    /** `sapi-kit margin watch &`: the account's events from now on, shown after each step. */
    async function startWatch(env: Record<string, string>, note: string): Promise<void> {
      const argv = ["margin", "watch"];
      io.stdout(`\n$ sapi-kit ${argv.join(" ")} &${note}\n`);
      // Loaded here: the stream client (and its WebSocket) is for the watch alone, not every command's start.
      const { startDemoWatch } = await import("./demo-watch.js");
      watch = await startDemoWatch(argv, ["--base-url", url, "--lang", locale], locale, { ...io, env });
    }

    /** Ctrl-C for the watch: it unsubscribes and exits 0. */
    async function stopWatch(): Promise<void> {
      io.stdout(`\n$ kill -INT %1${words.demoStopWatchNote}\n`);
      await watch?.stop();
      watch = undefined;
    }

    /** The admin route any program on this machine can call: POST /sandbox/v1/price with a JSON body. */
    async function movePrice(price: string, changes: Changes): Promise<void> {
      const route = `${url}/sandbox/v1/price`;
      const body = JSON.stringify({ symbol: SYMBOL, price });
      io.stdout(`\n$ curl -X POST '${route}' -H 'Content-Type: application/json' -d '${body}'\n`);
      const response = await fetch(route, { method: "POST", headers: { "Content-Type": "application/json" }, body });
      if (!response.ok) throw new DemoStepFailed(`POST /sandbox/v1/price (HTTP ${response.status})`);
      io.stdout(`${words.demoPriceMoved(SYMBOL, price)}\n`);
      if (changes.lists) await watch?.settle(changes.lists);
    }

    /** Reads a list's status over REST, through this CLI, without printing it. */
    async function listStatus(clientId: string, env: Record<string, string>): Promise<string | undefined> {
      let body = "";
      const argv = ["margin", "get-order-list", "--orig-client-order-id", clientId, "--json", "--base-url", url];
      await runCli(argv, { env, stdout: (text) => (body += text), stderr: () => {} });
      try {
        return (JSON.parse(body) as { listOrderStatus?: string }).listOrderStatus;
      } catch {
        return undefined;
      }
    }

    io.stdout(`${words.demoTitle}\n${messages[locale].sandboxStarted(url)}\n`);

    io.stdout(`\n${words.demoStep(1, words.demoOcoTitle)}\n`);
    await startWatch(hmacEnv, "   # HMAC-SHA256");
    // SELL: limit 61000 > last 60000 > stop 59000 (Binance's OCO price rule).
    await step(
      ["margin", "place-oco", "--symbol", SYMBOL, "--side", "SELL", "--quantity", "0.01", "--price", "61000", "--stop-price", "59000",
        "--stop-limit-price", "58900", "--stop-limit-time-in-force", "GTC", "--list-client-order-id", "demo-oco"],
      hmacEnv,
      "",
      { lists: ["demo-oco"] },
    );
    await movePrice("61000", { lists: ["demo-oco"] });
    await stopWatch();
    // Each order's own state: the take-profit FILLED at its price, the stop EXPIRED.
    await step(["margin", "get-order-list", "--orig-client-order-id", "demo-oco"], hmacEnv);
    await step(["margin", "list-trades", "--symbol", SYMBOL], hmacEnv);

    io.stdout(`\n${words.demoStep(2, words.demoOtocoTitle)}\n`);
    await startWatch(ed25519Env, "   # Ed25519");
    // BUY 0.01 at 60500 (rests below the last price 61000); once filled, SELL it at 62000 or stop out at 59500.
    await step(
      ["margin", "place-otoco", "--symbol", SYMBOL, "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "60500",
        "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-side", "SELL", "--pending-quantity", "0.01",
        "--pending-above-type", "LIMIT_MAKER", "--pending-above-price", "62000", "--pending-above-client-order-id", "demo-take-profit",
        "--pending-below-type", "STOP_LOSS_LIMIT", "--pending-below-price", "59400", "--pending-below-stop-price", "59500",
        "--pending-below-time-in-force", "GTC", "--pending-below-client-order-id", "demo-stop-loss", "--list-client-order-id", "demo-otoco"],
      ed25519Env,
      "",
      { lists: ["demo-otoco"] },
    );
    // The same buy; once filled, its one pending order SELLs at 62500.
    await step(
      ["margin", "place-oto", "--symbol", SYMBOL, "--working-type", "LIMIT", "--working-side", "BUY", "--working-price", "60500",
        "--working-quantity", "0.01", "--working-time-in-force", "GTC", "--pending-type", "LIMIT_MAKER", "--pending-side", "SELL",
        "--pending-quantity", "0.01", "--pending-price", "62500", "--pending-client-order-id", "demo-single", "--list-client-order-id", "demo-oto"],
      ed25519Env,
      "",
      { lists: ["demo-oto"] },
    );
    await movePrice("60500", { lists: ["demo-otoco", "demo-oto"] });
    io.stdout(`${words.demoOpenOrders}\n`);
    await step(["margin", "list-open-orders", "--symbol", SYMBOL], ed25519Env);

    io.stdout(`\n${words.demoStep(3, words.demoCancelAllTitle)}\n`);
    await step(["margin", "cancel-all", "--symbol", SYMBOL], ed25519Env, "", { lists: CANCEL_ALL_LISTS });
    await step(["margin", "list-open-orders", "--symbol", SYMBOL], ed25519Env);
    await stopWatch();

    // Trust the server's answers, not only the exit codes: every list must have ended.
    const ended = [await listStatus("demo-oco", hmacEnv), await listStatus("demo-otoco", ed25519Env), await listStatus("demo-oto", ed25519Env)];
    if (ended.some((status) => status !== "ALL_DONE")) throw new DemoStepFailed(`listOrderStatus ${ended.join(", ")}`);
    io.stdout(`\n${words.demoDone}\n`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof DemoStepFailed)) throw error;
    io.stderr(`${words.demoFailed(error.message)}\n`);
    return ExitCode.failure;
  } finally {
    // A step failed while the watch ran: it stops too (its failure, if any, is not the one to report).
    await watch?.stop().catch(() => {});
    await rm(keyDir, { recursive: true, force: true });
    await standalone.stop();
  }
}
