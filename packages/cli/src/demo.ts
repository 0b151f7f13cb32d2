// `sapi-kit demo` (what `npm start` runs): a loopback sandbox, two demo OCO
// lists, and two real cancels through this CLI — HMAC by orderListId on cross
// margin, Ed25519 (key read from a file) by listClientOrderId on isolated margin.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "@sapi-kit/sandbox";
import { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { type Locale, messages } from "./messages.js";
import { runCli } from "./run-cli.js";

export async function runDemo(locale: Locale, io: CliIo): Promise<ExitCode> {
  const sandbox = await startSandbox();
  const keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-demo-"));
  try {
    io.stdout(`${messages[locale].sandboxStarted(sandbox.url)}\n\n`);
    const lang = ["--lang", locale];

    const hmac = await sandbox.createAccount({ type: "hmac" });
    const cross = sandbox.createOcoList(hmac.apiKey, { symbol: "LTCBTC" });
    const crossArgs = ["margin", "cancel-oco", "--symbol", "LTCBTC", "--order-list-id", String(cross.orderListId)];
    io.stdout(`$ sapi-kit ${crossArgs.join(" ")}   # HMAC-SHA256, cross margin\n`);
    const first = await runCli([...crossArgs, "--base-url", sandbox.url, ...lang], {
      ...io,
      env: { BINANCE_API_KEY: hmac.apiKey, BINANCE_API_SECRET: hmac.apiSecret },
    });

    const ed25519 = await sandbox.createAccount({ type: "ed25519" });
    const keyFile = join(keyDir, "ed25519.pem");
    await writeFile(keyFile, ed25519.privateKeyPem as string, { mode: 0o600 });
    const isolated = sandbox.createOcoList(ed25519.apiKey, { symbol: "BTCUSDT", isIsolated: true });
    const isolatedArgs = [
      "margin",
      "cancel-oco",
      "--symbol",
      "BTCUSDT",
      "--isolated",
      "--list-client-order-id",
      isolated.listClientOrderId,
    ];
    io.stdout(`\n$ sapi-kit ${isolatedArgs.join(" ")}   # Ed25519, isolated margin\n`);
    const second = await runCli([...isolatedArgs, "--base-url", sandbox.url, ...lang], {
      ...io,
      env: { BINANCE_API_KEY: ed25519.apiKey, BINANCE_PRIVATE_KEY_FILE: keyFile },
    });

    // Trust the server's state, not just the exit codes: both lists must be closed.
    const closed = [
      sandbox.getOrderList(hmac.apiKey, { orderListId: cross.orderListId }),
      sandbox.getOrderList(ed25519.apiKey, { orderListId: isolated.orderListId }),
    ].every((list) => list?.listOrderStatus === "ALL_DONE");
    return first === ExitCode.ok && second === ExitCode.ok && closed ? ExitCode.ok : ExitCode.failure;
  } finally {
    await rm(keyDir, { recursive: true, force: true });
    await sandbox.close();
  }
}
