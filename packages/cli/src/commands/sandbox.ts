// `sapi-kit sandbox [--port N]`: the sandbox as a standalone loopback server
// for clients in any language. It prints its URL, its admin routes and a
// throwaway account per key type (HMAC-SHA256 and Ed25519), secrets included
// on purpose: they only work on this sandbox and die with it, as `export`
// lines (BINANCE_BASE_URL included) that send the next command here. Ctrl-C,
// SIGTERM, SIGHUP or a closed stdout stop it cleanly (exit 0, key file removed).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StandaloneSandbox } from "@sapi-kit/sandbox";
import { BASE_URL_VARIABLE } from "../args/base-url.js";
import { UsageError } from "../args/usage-error.js";
import { ExitCode } from "../output/exit-codes.js";
import type { CliIo } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";

async function listen(port: number, locale: Locale): Promise<StandaloneSandbox> {
  // Loaded here, not at startup: only `demo`, `sandbox` and `--sandbox` load the sandbox.
  const { startStandaloneSandbox } = await import("@sapi-kit/sandbox");
  try {
    // Loopback only: the sandbox refuses any other host, and none is offered here.
    return await startStandaloneSandbox({ host: "127.0.0.1", port });
  } catch (error) {
    if ((error as { code?: unknown }).code === "EADDRINUSE") throw new UsageError(messages[locale].portInUse(port));
    throw error;
  }
}

/** Resolves once any of the signals is aborted (bin.ts aborts them on Ctrl-C, SIGTERM, SIGHUP, a closed stdout). */
function untilAborted(signals: (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of signals) {
      if (signal?.aborted) resolve();
      else signal?.addEventListener("abort", () => resolve(), { once: true });
    }
  });
}

/** Shell lines that point the CLI and the docs samples at this sandbox with one account (`unset`: the other key type's variable). */
function exportLines(url: string, variables: Record<string, string>, unset: string): string[] {
  return [
    `export ${BASE_URL_VARIABLE}=${url}`,
    ...Object.entries(variables).map(([name, value]) => `export ${name}=${value}`),
    `unset ${unset}`,
  ];
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
        "",
        "# HMAC-SHA256",
        ...exportLines(url, { BINANCE_API_KEY: credentials.hmac.apiKey, BINANCE_API_SECRET: credentials.hmac.apiSecret }, "BINANCE_PRIVATE_KEY_FILE"),
        "",
        `# Ed25519 ${words.sandboxEd25519Note}`,
        ...exportLines(url, { BINANCE_API_KEY: credentials.ed25519.apiKey, BINANCE_PRIVATE_KEY_FILE: keyFile }, "BINANCE_API_SECRET"),
        ...credentials.ed25519.privateKeyPem.trimEnd().split("\n").map((line) => `    ${line}`),
        "",
        words.sandboxSecretWarning,
        "",
        words.sandboxTryIt(standalone.sandbox.streamUrl),
        words.sandboxAdminHeading,
        ...standalone.adminRoutes.map((route) => `  ${route.method} ${url}${route.path}  ${words.adminRoute(route.method, route.path)}`),
        words.sandboxAdminExample(url),
        "",
        words.sandboxStopHint,
        "",
      ].join("\n"),
    );
    await untilAborted([io.signal, io.outputClosed]);
    return ExitCode.ok;
  } finally {
    await standalone.stop();
    await rm(keyDir, { recursive: true, force: true });
    io.stdout(`${words.sandboxStopped}\n`);
  }
}
