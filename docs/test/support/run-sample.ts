import { spawn } from "node:child_process";

export interface SampleRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a compiled sample in its own Node process with only the environment it
 * documents. BINANCE_BASE_URL (and BINANCE_STREAM_URL, the WebSocket API)
 * always point at a loopback sandbox: a sample run never reaches Binance.
 */
export function runSample(file: string, env: Record<string, string>): Promise<SampleRun> {
  if (!/^http:\/\/(127\.0\.0\.1|\[::1\]):\d+$/.test(env.BINANCE_BASE_URL ?? "http://127.0.0.1:0")) {
    throw new Error("Samples run against a loopback sandbox only.");
  }
  // The stream samples' WebSocket API: the same loopback sandbox, never Binance's.
  if (!/^ws:\/\/(127\.0\.0\.1|\[::1\]):\d+\/ws-api\/v3$/.test(env.BINANCE_STREAM_URL ?? "ws://127.0.0.1:0/ws-api/v3")) {
    throw new Error("Stream samples connect to a loopback sandbox only.");
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      // Generous on a busy machine, and below the test's own 60 s so a hung sample fails with its output.
      timeout: 50_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}
