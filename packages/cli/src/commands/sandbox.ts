// `sapi-kit sandbox [--port N]`: the sandbox as a standalone loopback server
// for clients in any language. It prints its URL, its admin routes and a
// throwaway account per key type (HMAC-SHA256 and Ed25519), secrets included
// on purpose: they only work on this sandbox and die with it. Ctrl-C stops
// it cleanly (exit 0).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type StandaloneSandbox, startStandaloneSandbox } from "@sapi-kit/sandbox";
import { ExitCode } from "../output/exit-codes.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import { UsageError } from "../args/usage-error.js";

async function listen(port: number, locale: Locale): Promise<StandaloneSandbox> {
  try {
    // Loopback only: the sandbox refuses any other host, and none is offered here.
    return await startStandaloneSandbox({ host: "127.0.0.1", port });
  } catch (error) {
    if ((error as { code?: unknown }).code === "EADDRINUSE") throw new UsageError(messages[locale].portInUse(port));
    throw error;
  }
}

/** Resolves once the signal is aborted (bin.ts aborts it on Ctrl-C). */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener("abort", () => resolve(), { once: true });
  });
}

export async function runSandboxServer(port: number, locale: Locale, io: CliIo): Promise<ExitCode> {
  const words = messages[locale];
  const standalone = await listen(port, locale);
  const keyDir = await mkdtemp(join(tmpdir(), "sapi-kit-sandbox-"));
  try {
    const { url, credentials } = standalone;
    // The key as a file too, ready for BINANCE_PRIVATE_KEY_FILE; removed on stop.
    const keyFile = join(keyDir, "ed25519.pem");
    await writeFile(keyFile, credentials.ed25519.privateKeyPem, { mode: 0o600 });
    io.stdout(
      [
        words.sandboxServer(url),
        "",
        words.sandboxCredentialsHeading,
        "  HMAC-SHA256:",
        `    BINANCE_API_KEY=${credentials.hmac.apiKey}`,
        `    BINANCE_API_SECRET=${credentials.hmac.apiSecret}`,
        "  Ed25519:",
        `    BINANCE_API_KEY=${credentials.ed25519.apiKey}`,
        `    BINANCE_PRIVATE_KEY_FILE=${keyFile}`,
        ...credentials.ed25519.privateKeyPem.trimEnd().split("\n").map((line) => `    ${line}`),
        words.sandboxSecretWarning,
        "",
        words.sandboxTryIt,
        words.sandboxAdminHeading,
        ...standalone.adminRoutes.map((route) => `  ${route.method} ${url}${route.path}  ${words.adminRoute(route.method, route.path)}`),
        words.sandboxAdminExample(url),
        "",
        words.sandboxStopHint,
        "",
      ].join("\n"),
    );
    await untilAborted(io.signal);
    return ExitCode.ok;
  } finally {
    await standalone.stop();
    await rm(keyDir, { recursive: true, force: true });
    io.stdout(`${words.sandboxStopped}\n`);
  }
}
