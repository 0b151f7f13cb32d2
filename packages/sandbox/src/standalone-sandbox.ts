import { type Sandbox, type SandboxOptions, startSandbox } from "./start-sandbox.js";

/**
 * The sandbox as a standalone server for clients in any language (what
 * `sapi-kit sandbox [--port N]` runs): loopback only, two generated accounts,
 * the admin routes to move prices, a clean stop.
 */
export interface StandaloneSandboxOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Loopback only: "127.0.0.1" (default), "::1" or "localhost". */
  host?: string;
  /** Added to / replacing the default symbol table. */
  symbols?: SandboxOptions["symbols"];
}

export interface StandaloneSandbox {
  readonly sandbox: Sandbox;
  /** e.g. "http://127.0.0.1:8090". */
  readonly url: string;
  /**
   * Generated for this run only; they exist nowhere else and die with `stop()`.
   * Printing them is the point of a standalone sandbox (it is loopback-only and holds no funds).
   */
  readonly credentials: {
    readonly hmac: { readonly apiKey: string; readonly apiSecret: string };
    readonly ed25519: { readonly apiKey: string; readonly privateKeyPem: string; readonly publicKeyPem: string };
  };
  /** The sandbox-only routes (never Binance paths), for a help text. */
  readonly adminRoutes: readonly { readonly method: "GET" | "POST"; readonly path: string; readonly summary: string }[];
  /** Stops the server and drops open connections; safe to call twice (e.g. on SIGINT and on exit). */
  stop(): Promise<void>;
}

export const STANDALONE_ADMIN_ROUTES: StandaloneSandbox["adminRoutes"] = [
  { method: "POST", path: "/sandbox/v1/price", summary: 'JSON body {"symbol":"BTCUSDT","price":"61000"}: move the last price' },
  { method: "GET", path: "/sandbox/v1/price", summary: "?symbol=BTCUSDT: read the last price" },
  { method: "GET", path: "/sandbox/v1/symbols", summary: "the symbol table (filters, last prices)" },
  { method: "POST", path: "/sandbox/v1/clock", summary: 'JSON body {"advanceMs":3600000}: move the sandbox clock forward' },
];

export async function startStandaloneSandbox(options: StandaloneSandboxOptions = {}): Promise<StandaloneSandbox> {
  const sandbox = await startSandbox({
    port: options.port ?? 0,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.symbols === undefined ? {} : { symbols: options.symbols }),
  });
  try {
    const hmac = await sandbox.createAccount({ type: "hmac" });
    const ed25519 = await sandbox.createAccount({ type: "ed25519" });
    if (hmac.apiSecret === undefined || ed25519.privateKeyPem === undefined || ed25519.publicKeyPem === undefined) {
      throw new TypeError("The sandbox did not generate the expected credentials.");
    }
    return {
      sandbox,
      url: sandbox.url,
      credentials: {
        hmac: { apiKey: hmac.apiKey, apiSecret: hmac.apiSecret },
        ed25519: { apiKey: ed25519.apiKey, privateKeyPem: ed25519.privateKeyPem, publicKeyPem: ed25519.publicKeyPem },
      },
      adminRoutes: STANDALONE_ADMIN_ROUTES,
      stop: () => sandbox.close(),
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}
