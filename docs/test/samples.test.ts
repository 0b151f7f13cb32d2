import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@sapi-kit/client";
import { type Sandbox, type SandboxOptions, startSandbox } from "@sapi-kit/sandbox";
import { createSigner } from "@sapi-kit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { includedSamples } from "../scripts/site/sample-includes.mjs";
import { type CompiledSamples, compileSamples } from "./support/compile-samples.js";
import { GUIDES_DIR, REPO_ROOT } from "./support/paths.js";
import { runSample, type SampleRun } from "./support/run-sample.js";
import { allSampleSources, SPEC_SAMPLE, specSampleSources } from "./support/sample-sources.js";

// Every code sample the docs show is a real file; this suite type-checks each
// one and runs it against a fresh loopback sandbox, asserting both what it
// prints and what the sandbox saw. A sample that rots fails here.

// The guides' samples, plus every spec/samples file (the reference's x-codeSamples).
const sources = [...new Set([...allSampleSources(), ...specSampleSources()])];
let compiled: CompiledSamples;
const keyDir = mkdtempSync(join(tmpdir(), "sapi-kit-docs-keys-"));

beforeAll(() => {
  compiled = compileSamples(sources);
}, 120_000);

afterAll(() => {
  rmSync(keyDir, { recursive: true, force: true });
});

async function withSandbox<T>(options: SandboxOptions, body: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox(options);
  try {
    return await body(sandbox);
  } finally {
    await sandbox.close();
  }
}

async function hmacAccount(sandbox: Sandbox) {
  const account = await sandbox.createAccount({ type: "hmac" });
  const env = {
    BINANCE_BASE_URL: sandbox.url,
    BINANCE_STREAM_URL: sandbox.streamUrl,
    BINANCE_API_KEY: account.apiKey,
    BINANCE_API_SECRET: account.apiSecret ?? "",
  };
  return { account, env };
}

async function privateKeyAccount(sandbox: Sandbox, type: "rsa" | "ed25519") {
  const account = await sandbox.createAccount({ type });
  const keyFile = join(keyDir, `${type}-${account.apiKey.slice(0, 8)}.pem`);
  writeFileSync(keyFile, account.privateKeyPem ?? "", { mode: 0o600 });
  const env = { BINANCE_BASE_URL: sandbox.url, BINANCE_API_KEY: account.apiKey, BINANCE_PRIVATE_KEY_FILE: keyFile };
  return { account, env };
}

// Which samples a scenario ran: the last test checks that none was left out.
const ran = new Set<string>();
const run = (source: string, env: Record<string, string>): Promise<SampleRun> => {
  ran.add(source);
  return runSample(compiled.outputOf(source), env);
};
const deletes = (sandbox: Sandbox) => sandbox.requests.filter((entry) => entry.method === "DELETE");
const calls = (sandbox: Sandbox) => sandbox.requests.map((entry) => `${entry.method} ${entry.path}`);
const setPrice = (sandbox: Sandbox, symbol: string, price: string) => sandbox.setPrice(symbol, price);
/** A sample's output with its per-run client ids (`my-oco-<Date.now()>`) made comparable to the guide's. */
const withRunIdsMasked = (output: string) => output.replace(/\b(my-oco|my-otoco|quick-start)-\d{13}\b/g, "$1-<run>");

describe("sample inventory", () => {
  it("type-checks every sample with the strict repo settings", () => {
    expect(compiled.diagnostics).toBe("");
    expect(compiled.status).toBe(0);
  });

  it("shows every docs sample in at least one guide of each locale, and no untested ts block", () => {
    for (const locale of ["en", "zh-CN"]) {
      const markdown = readdirSync(join(GUIDES_DIR, locale))
        .map((file) => readFileSync(join(GUIDES_DIR, locale, file), "utf8"))
        .join("\n");
      const shown = new Set(includedSamples(markdown));
      expect([...shown].sort(), locale).toEqual(sources.filter((source) => shown.has(source)).sort());
      for (const source of allSampleSources()) expect(shown.has(source), `${source} in ${locale} guides`).toBe(true);
      // Runnable TypeScript comes only from sample files, so every ts block is tested.
      expect(markdown, locale).not.toMatch(/^```(ts|typescript)\b/m);
    }
  });
});

describe("reference samples (x-codeSamples)", () => {
  const read = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");
  type Operation = { operationId: string; "x-codeSamples"?: { lang: string; label: string; source: unknown }[] };
  const operationsOf = (document: { paths: Record<string, Record<string, Operation>> }) =>
    Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/sapi/"))
      .flatMap(([, methods]) => Object.values(methods));
  // The source names each operation's file (`source: { $ref: ./samples/<name>.ts }`); spec/test checks that mapping.
  const sampleFiles = new Map(
    operationsOf(parse(read("spec/openapi.yaml"))).map((operation) => {
      const ref = (operation["x-codeSamples"]?.[0]?.source as { $ref?: string } | undefined)?.$ref ?? "";
      return [operation.operationId, join("spec", ref)];
    }),
  );

  for (const file of ["spec/dist/openapi.en.yaml", "spec/dist/openapi.zh-CN.yaml"]) {
    it(`${file}: each operation shows exactly its spec/samples file, unchanged`, () => {
      for (const operation of operationsOf(parse(read(file)))) {
        const samples = operation["x-codeSamples"];
        expect(samples?.map((entry) => entry.lang), operation.operationId).toEqual(["TypeScript"]);
        expect(samples?.[0]?.source, operation.operationId).toBe(read(sampleFiles.get(operation.operationId) ?? ""));
      }
    });
  }

  it("has one spec/samples file per operation, each compiled and run below", () => {
    expect(specSampleSources()).toEqual([...sampleFiles.values()].sort());
    expect(sampleFiles.get("marginCancelOco")).toBe(SPEC_SAMPLE);
  });
});

describe("quick start sample", () => {
  /** Runs the quick start, checks it placed and cancelled one list, and returns that list's listClientOrderId and the output. */
  async function quickStart(sandbox: Sandbox, apiKey: string, env: Record<string, string>): Promise<{ id: string; stdout: string }> {
    const result = await run("docs/samples/quick-start.ts", env);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const [, orderListId, listClientOrderId] = /^Placed order list (\d+) \((quick-start-\d+)\): EXECUTING$/m.exec(result.stdout) ?? [];
    expect(listClientOrderId, result.stdout).toBeDefined();
    const list = sandbox.getOrderList(apiKey, { listClientOrderId: listClientOrderId ?? "" });
    expect(list?.orderListId).toBe(Number(orderListId));
    expect(list?.status).toBe("CANCELED");
    expect(list?.cancelCount).toBe(1);
    expect(result.stdout).toContain(`STOP_LOSS_LIMIT order ${list?.legs[0]?.orderId}: CANCELED`);
    expect(result.stdout).toContain(`LIMIT_MAKER order ${list?.legs[1]?.orderId}: CANCELED`);
    expect(result.stdout).toContain(`Order list ${orderListId} is ALL_DONE`);
    return { id: listClientOrderId ?? "", stdout: result.stdout };
  }

  it("runs as shown on a fresh sandbox: places an OCO under a new id, then cancels it by that id", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const result = await quickStart(sandbox, account.apiKey, env);
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco", "DELETE /sapi/v1/margin/orderList"]);
      for (const locale of ["en", "zh-CN"] as const) {
        expect(withRunIdsMasked(result.stdout), locale).toBe(withRunIdsMasked(promisedOutput(locale, "docs/samples/quick-start.ts", "quick-start")));
      }
    });
  });

  it("runs again on the same sandbox, with a new id each time", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const first = await quickStart(sandbox, account.apiKey, env);
      const second = await quickStart(sandbox, account.apiKey, env);
      expect(second.id).not.toBe(first.id);
    });
  });

  it("reports Binance's typed rejection of the OCO, exits non-zero and sends no cancel", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      // A SELL OCO needs limit > last > stop; at 62000 the 61000 limit is below the last price.
      setPrice(sandbox, "BTCUSDT", "62000");
      const result = await run("docs/samples/quick-start.ts", env);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain("HTTP 400: Binance rejected the OCO (-2010");
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco"]);
    });
  });

  it("has no default host: without BINANCE_BASE_URL it stops before sending anything", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const { BINANCE_BASE_URL: _unset, ...withoutBaseUrl } = env;
      const result = await run("docs/samples/quick-start.ts", withoutBaseUrl);
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toContain("Set BINANCE_BASE_URL");
      expect(result.stdout).toBe("");
    });
  });
});

describe("key type samples", () => {
  for (const type of ["rsa", "ed25519"] as const) {
    it(`lists the isolated margin account's open OCOs, signed with a ${type} PEM key`, async () => {
      await withSandbox({}, async (sandbox) => {
        const { account, env } = await privateKeyAccount(sandbox, type);
        const isolated = sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", isIsolated: true, listClientOrderId: "my-isolated-oco" });
        // A cross margin list on the same symbol is another account's: not listed.
        sandbox.createOcoList(account.apiKey, { symbol: "BTCUSDT", listClientOrderId: "my-cross-oco" });
        const result = await run("docs/samples/private-key.ts", env);
        expect(result.stderr).toBe("");
        expect(result.exitCode).toBe(0);
        expect(result.stdout).toBe(
          `Isolated BTCUSDT account: 1 open order list(s)\nOCO ${isolated.orderListId} (my-isolated-oco): EXECUTING\n`,
        );
        expect(sandbox.requests[0]?.query).toContain("isIsolated=TRUE&symbol=BTCUSDT");
      });
    });
  }

  it("signs with a non-extractable Ed25519 CryptoKey", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await privateKeyAccount(sandbox, "ed25519");
      sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const result = await run("docs/samples/crypto-key.ts", env);
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe("1 open order list(s) (signed with a CryptoKey)\n");
      expect(calls(sandbox)).toEqual(["GET /sapi/v1/margin/openOrderList"]);
    });
  });
});

describe("clock sync sample", () => {
  it("reads the server time first, so a 5 s slow server clock does not cause -1021", async () => {
    await withSandbox({ clockSkewMs: -5000 }, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const result = await run("docs/samples/clock-sync.ts", env);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain("\n1 open order list(s)\n");
      const offset = Number(/clock minus local clock: (-?\d+) ms/.exec(result.stdout)?.[1]);
      // The -5 s skew, measured over one round trip: off by up to half of it, which a busy machine can stretch.
      expect(offset).toBeLessThan(-2500);
      expect(offset).toBeGreaterThan(-7500);
      expect(sandbox.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
        "GET /api/v3/time 200",
        "GET /sapi/v1/margin/openOrderList 200",
      ]);
      expect(sandbox.requests[1]?.query).toContain("recvWindow=5000");
    });
  });
});

describe("errors and retries sample", () => {
  it("treats an HTTP 503 as unknown and does not resend the cancel", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "my-oco-1" });
      // The cancel executes, then the response is lost behind a 503.
      sandbox.faults.inject({ type: "http-status", status: 503 }, { executes: true });
      const result = await run("docs/samples/errors-and-retries.ts", env);
      expect(result.stdout).toContain("unknown: reconcile before retrying");
      expect(deletes(sandbox)).toHaveLength(1);
      expect(sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status).toBe("CANCELED");
    });
  });

  it("reports a refused connection as not sent (safe to send again)", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      // A port nothing listens on: the connection is refused, nothing leaves.
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const result = await run("docs/samples/errors-and-retries.ts", { ...env, BINANCE_BASE_URL: `http://127.0.0.1:${port}` });
      expect(result.stdout).toContain("not sent: safe to send again");
      expect(deletes(sandbox)).toHaveLength(0);
    });
  });

  it("reports -2011 as a rejection", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const result = await run("docs/samples/errors-and-retries.ts", env);
      expect(result.stdout).toContain("rejected: -2011");
    });
  });

  it("reports a cancelled list", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC", listClientOrderId: "my-oco-1" });
      const result = await run("docs/samples/errors-and-retries.ts", env);
      expect(result.stdout).toContain(`cancelled: order list ${list.orderListId}`);
    });
  });
});

describe("rate limits sample", () => {
  it("prints the IP weight header, then backs off on 429 with Retry-After", async () => {
    // One query (weight 10) fits in the minute's IP weight, a second does not.
    await withSandbox({ rateLimit: { sapiIpWeightPerMinute: 10 } }, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const first = await run("docs/samples/rate-limits.ts", env);
      expect(first.stderr).toBe("");
      expect(first.stdout).toBe("IP weight used this minute: 10\n1 open order list(s)\n");
      const second = await run("docs/samples/rate-limits.ts", env);
      expect(second.stderr).toBe("");
      expect(second.stdout).toMatch(/rate limited \(429\): retry after \d+ s/);
    });
  });
});

describe("sandbox sample", () => {
  it("starts its own sandbox, cancels, and closes it", async () => {
    const result = await runSample(compiled.outputOf("docs/samples/sandbox.ts"), {});
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Cancelled order list 0: ALL_DONE");
    expect(result.stdout).toContain("Sandbox says: CANCELED, requests received: 1");
  });
});

describe("spec x-codeSamples sample", () => {
  it("cancels order list 0 as the reference page shows", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
      const result = await run(SPEC_SAMPLE, env);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain("Order list 0 is now ALL_DONE");
    });
  });
});


/** The ```text block a guide shows right after a sample's marker: the output the reader is promised. */
function promisedOutput(locale: "en" | "zh-CN", sample: string, guide = "order-list-lifecycle"): string {
  const markdown = readFileSync(join(GUIDES_DIR, locale, `${guide}.md`), "utf8");
  const after = markdown.slice(markdown.indexOf(`<!-- sample: ${sample} -->`));
  const blocks = [...after.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]);
  const block = blocks[0];
  if (!block) throw new Error(`No output block after ${sample} in ${locale}.`);
  return block;
}


describe("reference samples of the order-list lifecycle, run", () => {
  it("new-oco.ts places the OCO, and query-oco.ts finds it by its listClientOrderId", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const placed = await run("spec/samples/new-oco.ts", env);
      expect(placed.stderr).toBe("");
      expect(placed.exitCode).toBe(0);
      const listId = /Order list (\d+) \(my-oco-1\) is EXECUTING/.exec(placed.stdout)?.[1];
      expect(listId).toBeDefined();
      expect(placed.stdout).toMatch(/STOP_LOSS_LIMIT SELL order \d+: NEW/);
      expect(placed.stdout).toMatch(/LIMIT_MAKER SELL order \d+: NEW/);
      const queried = await run("spec/samples/query-oco.ts", env);
      expect(queried.stderr).toBe("");
      expect(queried.stdout).toContain(`OCO order list ${listId}: EXEC_STARTED / EXECUTING`);
      expect(queried.stdout.match(/^order \d+ \(/gm)).toHaveLength(2);
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco", "GET /sapi/v1/margin/orderList"]);
    });
  });

  it("new-oco.ts reports Binance's rejection when the prices break the OCO rule, and exits non-zero", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      // A SELL OCO needs limit > last > stop; at 62000 the 61000 limit is below the last price.
      setPrice(sandbox, "BTCUSDT", "62000");
      const placed = await run("spec/samples/new-oco.ts", env);
      expect(placed.exitCode).toBe(1);
      expect(placed.stderr).toContain("Binance rejected the OCO: -2010");
      expect(placed.stdout).toBe("");
      const open = await run("spec/samples/query-open-oco.ts", env);
      expect(open.stdout).toContain("0 open order list(s)");
    });
  });

  it("query-open-oco.ts and query-all-oco.ts list the placed OCO; only the all list keeps it once cancelled", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      await run("spec/samples/new-oco.ts", env);
      const open = await run("spec/samples/query-open-oco.ts", env);
      expect(open.stderr).toBe("");
      expect(open.stdout).toContain("1 open order list(s)");
      expect(open.stdout).toMatch(/OCO \d+ \(my-oco-1\) on BTCUSDT: EXECUTING/);
      // spec/samples/cancel-oco.ts cancels an LTCBTC list; this OCO is on BTCUSDT, and Binance answers a
      // cancel naming another symbol with -2011. So it is cancelled here with its own symbol.
      const client = createClient({ baseUrl: sandbox.url });
      client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));
      const cancel = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol: "BTCUSDT", listClientOrderId: "my-oco-1" } },
      });
      expect(cancel.error).toBeUndefined();
      expect((await run("spec/samples/query-open-oco.ts", env)).stdout).toContain("0 open order list(s)");
      const all = await run("spec/samples/query-all-oco.ts", env);
      expect(all.stderr).toBe("");
      expect(all.stdout).toMatch(/OCO \d+ \(my-oco-1\) on BTCUSDT: ALL_DONE/);
    });
  });

  it("new-oto.ts places the working order and a PENDING_NEW pending order", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const placed = await run("spec/samples/new-oto.ts", env);
      expect(placed.stderr).toBe("");
      expect(placed.stdout).toMatch(/Order list \d+ \(my-oto-1\) is EXECUTING/);
      expect(placed.stdout).toMatch(/LIMIT BUY order \d+: NEW/);
      expect(placed.stdout).toMatch(/LIMIT SELL order \d+: PENDING_NEW/);
    });
  });

  it("new-otoco.ts places the working order and a PENDING_NEW pair", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const placed = await run("spec/samples/new-otoco.ts", env);
      expect(placed.stderr).toBe("");
      expect(placed.exitCode).toBe(0);
      expect(placed.stdout).toBe(
        [
          "Order list 0 (my-otoco-1) is EXECUTING",
          "my-otoco-1-buy: LIMIT BUY order 1, NEW",
          "my-otoco-1-stop-loss: STOP_LOSS SELL order 2, PENDING_NEW",
          "my-otoco-1-take-profit: LIMIT_MAKER SELL order 3, PENDING_NEW",
          "",
        ].join("\n"),
      );
    });
  });
});

describe("reference samples of the order operations, run", () => {
  /** A client of the account, to set the scene the way a user's own program would. */
  const clientOf = (sandbox: Sandbox, account: { apiKey: string; apiSecret?: string }) => {
    const client = createClient({ baseUrl: sandbox.url });
    client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));
    return client;
  };
  /** The reference OCO (sell 0.01 BTC at 61000, or stop at 59000), its take-profit leg named "my-take-profit". */
  async function placeOco(sandbox: Sandbox, account: { apiKey: string; apiSecret?: string }) {
    const { data, error } = await clientOf(sandbox, account).POST("/sapi/v1/margin/order/oco", {
      params: {
        query: {
          symbol: "BTCUSDT",
          side: "SELL",
          quantity: "0.01",
          price: "61000",
          stopPrice: "59000",
          stopLimitPrice: "58900",
          stopLimitTimeInForce: "GTC",
          listClientOrderId: "my-oco-1",
          limitClientOrderId: "my-take-profit",
        },
      },
    });
    if (error) throw new Error(`OCO refused: ${error.code} ${error.msg}`);
    const takeProfit = data.orderReports.find((report) => report.type === "LIMIT_MAKER");
    const stop = data.orderReports.find((report) => report.type === "STOP_LOSS_LIMIT");
    if (!takeProfit || !stop) throw new Error("the OCO has no LIMIT_MAKER and STOP_LOSS_LIMIT legs");
    return { orderListId: data.orderListId, takeProfit: takeProfit.orderId, stop: stop.orderId };
  }

  it("query-order.ts reads a leg by its client id: FILLED at the limit price once the price reaches it", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const missing = await run("spec/samples/query-order.ts", env);
      expect(missing.exitCode).toBe(1);
      expect(missing.stderr).toContain("Binance rejected the query: -2013 Order does not exist.");
      const { takeProfit } = await placeOco(sandbox, account);
      const open = await run("spec/samples/query-order.ts", env);
      expect(open.stderr).toBe("");
      expect(open.stdout).toContain(`LIMIT_MAKER SELL order ${takeProfit} (my-take-profit): NEW`);
      setPrice(sandbox, "BTCUSDT", "61000");
      const filled = await run("spec/samples/query-order.ts", env);
      expect(filled.stdout).toBe(
        `LIMIT_MAKER SELL order ${takeProfit} (my-take-profit): FILLED\nfilled 0.01000000 of 0.01000000 at limit 61000.00000000, quote 610.00000000\n`,
      );
    });
  });

  it("query-open-orders.ts lists both open legs of an OCO, and none once it filled", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const { takeProfit, stop } = await placeOco(sandbox, account);
      const open = await run("spec/samples/query-open-orders.ts", env);
      expect(open.stderr).toBe("");
      expect(open.stdout).toContain("2 open order(s) on BTCUSDT");
      expect(open.stdout).toContain(`STOP_LOSS_LIMIT SELL order ${stop}: NEW, 0.01000000 at 58900.00000000`);
      expect(open.stdout).toContain(`LIMIT_MAKER SELL order ${takeProfit}: NEW, 0.01000000 at 61000.00000000`);
      setPrice(sandbox, "BTCUSDT", "61000");
      expect((await run("spec/samples/query-open-orders.ts", env)).stdout).toBe("0 open order(s) on BTCUSDT\n");
      expect(sandbox.requests.at(-1)?.query).toContain("symbol=BTCUSDT");
    });
  });

  it("query-all-orders.ts shows each leg's fate: the take-profit FILLED, the stop EXPIRED", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const { takeProfit, stop } = await placeOco(sandbox, account);
      setPrice(sandbox, "BTCUSDT", "61000");
      const all = await run("spec/samples/query-all-orders.ts", env);
      expect(all.stderr).toBe("");
      expect(all.stdout).toContain(`LIMIT_MAKER SELL order ${takeProfit}: FILLED, filled 0.01000000 of 0.01000000`);
      expect(all.stdout).toContain(`STOP_LOSS_LIMIT SELL order ${stop}: EXPIRED, filled 0.00000000 of 0.01000000`);
    });
  });

  it("query-trades.ts prints the one trade of the filled leg, at the fill price, with its commission", async () => {
    await withSandbox({ commissionRate: "0.001" }, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      expect((await run("spec/samples/query-trades.ts", env)).stdout).toBe("");
      const { takeProfit } = await placeOco(sandbox, account);
      setPrice(sandbox, "BTCUSDT", "61000");
      const trades = await run("spec/samples/query-trades.ts", env);
      expect(trades.stderr).toBe("");
      expect(trades.stdout).toMatch(
        new RegExp(`^trade \\d+ of order ${takeProfit}: sold 0\\.01000000 at 61000\\.00000000, commission 0\\.61000000 USDT\n$`),
      );
    });
  });

  it("cancel-order.ts names one leg, and the whole list is cancelled; a standalone order is cancelled alone", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const { orderListId, takeProfit, stop } = await placeOco(sandbox, account);
      const leg = await run("spec/samples/cancel-order.ts", env);
      expect(leg.stderr).toBe("");
      expect(leg.stdout).toContain(`Order list ${orderListId} is now ALL_DONE`);
      expect(leg.stdout).toContain(`STOP_LOSS_LIMIT order ${stop}: CANCELED`);
      expect(leg.stdout).toContain(`LIMIT_MAKER order ${takeProfit}: CANCELED`);
      expect(sandbox.getOrderList(account.apiKey, { orderListId })?.status).toBe("CANCELED");
      const single = sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", side: "BUY", price: "50000", quantity: "0.01", clientOrderId: "my-take-profit" });
      const alone = await run("spec/samples/cancel-order.ts", env);
      expect(alone.stderr).toBe("");
      expect(alone.stdout).toBe(`Order ${single.orderId} is now CANCELED, 0.00000000 of 0.01000000 filled\n`);
      const again = await run("spec/samples/cancel-order.ts", env);
      expect(again.exitCode).toBe(1);
      expect(again.stderr).toContain("Binance rejected the cancel: -2011 Unknown order sent.");
    });
  });

  it("cancel-all.ts sweeps a standalone order and an OCO, single orders first, each in its shape", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const single = sandbox.createOrder(account.apiKey, { symbol: "BTCUSDT", side: "BUY", price: "50000", quantity: "0.01" });
      const { orderListId } = await placeOco(sandbox, account);
      const swept = await run("spec/samples/cancel-all.ts", env);
      expect(swept.stderr).toBe("");
      expect(swept.stdout).toBe(`LIMIT order ${single.orderId}: CANCELED\nOCO order list ${orderListId}: ALL_DONE\n`);
      expect(deletes(sandbox).map((entry) => entry.path)).toEqual(["/sapi/v1/margin/openOrders"]);
    });
  });
});

describe("order-list lifecycle guide samples, run", () => {
  it("oco-lifecycle.ts places, lists, queries, cancels and finds the OCO among all lists, printing what the guide shows", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const result = await run("docs/samples/oco-lifecycle.ts", env);
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      for (const locale of ["en", "zh-CN"] as const) {
        expect(withRunIdsMasked(result.stdout), locale).toBe(withRunIdsMasked(promisedOutput(locale, "docs/samples/oco-lifecycle.ts")));
      }
      expect(calls(sandbox)).toEqual([
        "POST /sapi/v1/margin/order/oco",
        "GET /sapi/v1/margin/openOrderList",
        "GET /sapi/v1/margin/orderList",
        "DELETE /sapi/v1/margin/orderList",
        "GET /sapi/v1/margin/allOrderList",
      ]);
    });
  });

  it("leg-fate.ts reads the newest list, each leg and the filled leg's trade, printing what the guide shows", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      expect((await run("docs/samples/leg-fate.ts", env)).stdout).toBe("No order list yet.\n");
      const client = createClient({ baseUrl: sandbox.url });
      client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));
      // The guide's OCO: sell 0.01 BTC at 61000, or stop out at 59000 (limit 58900); then the price reaches 61000.
      const placed = await client.POST("/sapi/v1/margin/order/oco", {
        params: {
          query: {
            symbol: "BTCUSDT",
            side: "SELL",
            quantity: "0.01",
            price: "61000",
            stopPrice: "59000",
            stopLimitPrice: "58900",
            stopLimitTimeInForce: "GTC",
            listClientOrderId: "my-oco-1",
          },
        },
      });
      expect(placed.error).toBeUndefined();
      setPrice(sandbox, "BTCUSDT", "61000");
      sandbox.clearRequests();
      const result = await run("docs/samples/leg-fate.ts", env);
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      for (const locale of ["en", "zh-CN"] as const) expect(result.stdout, locale).toBe(promisedOutput(locale, "docs/samples/leg-fate.ts"));
      // The three reads the guide prices: the lists, each leg, and the filled leg's trades.
      expect(calls(sandbox)).toEqual([
        "GET /sapi/v1/margin/allOrderList",
        "GET /sapi/v1/margin/order",
        "GET /sapi/v1/margin/order",
        "GET /sapi/v1/margin/myTrades",
      ]);
    });
  });

  it("oco-lifecycle.ts stops at the first rejection", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      setPrice(sandbox, "BTCUSDT", "62000");
      const result = await run("docs/samples/oco-lifecycle.ts", env);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain("1. place: Binance rejected it (-2010");
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco"]);
    });
  });

  it("order-list-status.ts places an OTOCO and reads it back by its id, printing what the guide shows", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const result = await run("docs/samples/order-list-status.ts", env);
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      for (const locale of ["en", "zh-CN"] as const) {
        expect(withRunIdsMasked(result.stdout), locale).toBe(withRunIdsMasked(promisedOutput(locale, "docs/samples/order-list-status.ts")));
      }
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/otoco", "GET /sapi/v1/margin/orderList"]);
    });
  });

  it("the OTOCO's working order fills when the price moves; the pending pair works, then ends the list, as the guide says", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const placed = await run("docs/samples/order-list-status.ts", env);
      const listClientOrderId = /\((my-otoco-\d+)\)/.exec(placed.stdout)?.[1] ?? "";
      const legStatuses = () => sandbox.getOrderList(account.apiKey, { listClientOrderId })?.legs.map((leg) => leg.status);
      // OTOCO legs: working, stop leg, limit maker.
      expect(legStatuses()).toEqual(["NEW", "PENDING_NEW", "PENDING_NEW"]);
      const client = createClient({ baseUrl: sandbox.url });
      client.use(createSigner({ apiKey: account.apiKey, apiSecret: account.apiSecret ?? "" }));
      const query = async () => {
        const { data } = await client.GET("/sapi/v1/margin/orderList", { params: { query: { origClientOrderId: listClientOrderId } } });
        return `${data?.listStatusType} / ${data?.listOrderStatus}`;
      };
      setPrice(sandbox, "BTCUSDT", "59000");
      expect(legStatuses()).toEqual(["FILLED", "NEW", "NEW"]);
      expect(await query()).toBe("EXEC_STARTED / EXECUTING");
      setPrice(sandbox, "BTCUSDT", "62000");
      expect(legStatuses()).toEqual(["FILLED", "EXPIRED", "FILLED"]);
      expect(await query()).toBe("ALL_DONE / ALL_DONE");
    });
  });

  it("place-oco-outcome.ts: executed", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const result = await run("docs/samples/place-oco-outcome.ts", env);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^executed: order list \d+$/m);
    });
  });

  it("place-oco-outcome.ts: rejected, with Binance's code", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      setPrice(sandbox, "BTCUSDT", "62000");
      const result = await run("docs/samples/place-oco-outcome.ts", env);
      expect(result.stdout).toMatch(/^rejected: -2010 /m);
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco"]);
    });
  });

  it("place-oco-outcome.ts: unknown after a lost answer, reconciled by a query that finds the list; never placed twice", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      // The OCO is placed, then the answer is lost behind a 503.
      sandbox.faults.inject({ type: "http-status", status: 503 }, { executes: true, match: { method: "POST" } });
      const result = await run("docs/samples/place-oco-outcome.ts", env);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^unknown \(.*\); reconciling: it was placed: order list \d+ is EXECUTING$/m);
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco", "GET /sapi/v1/margin/orderList"]);
    });
  });

  it("place-oco-outcome.ts: unknown, and the query says it was not placed (-2013)", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      sandbox.faults.inject({ type: "http-status", status: 503 }, { executes: false, match: { method: "POST" } });
      const result = await run("docs/samples/place-oco-outcome.ts", env);
      expect(result.stdout).toMatch(/; reconciling: it was not placed: safe to place it again$/m);
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/margin/order/oco", "GET /sapi/v1/margin/orderList"]);
    });
  });
});

describe("every docs sample on one shared sandbox", () => {
  it("runs in any order, any number of times: each run uses its own client ids", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env: hmacEnv } = await hmacAccount(sandbox);
      // private-key.ts takes an RSA or Ed25519 PEM, crypto-key.ts an Ed25519 one.
      const { env: ed25519Env } = await privateKeyAccount(sandbox, "ed25519");
      const envFor = (source: string) => (/private-key|crypto-key/.test(source) ? ed25519Env : hmacEnv);
      const docsSamples = allSampleSources().filter((source) => source.startsWith("docs/samples/"));
      // The reference's OCO sample first: it places "my-oco-1", an id the docs samples used to reuse.
      const order = ["spec/samples/new-oco.ts", ...docsSamples, ...[...docsSamples].reverse()];
      const outcomes: string[] = [];
      for (const source of order) {
        const result = await run(source, envFor(source));
        outcomes.push(`${source}: exit ${result.exitCode}${result.stderr ? `, stderr ${result.stderr.trim()}` : ""}`);
      }
      expect(outcomes).toEqual(order.map((source) => `${source}: exit 0`));
    });
  }, 180_000);
});

describe("listenToken reference sample, run", () => {
  it("create-listen-token.ts gets a one-hour token for the isolated BTCUSDT account, signed, without printing it", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const result = await run("spec/samples/create-listen-token.ts", env);
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      const [request] = sandbox.requests;
      expect(calls(sandbox)).toEqual(["POST /sapi/v1/userListenToken"]);
      expect(request?.query).toMatch(/^isIsolated=true&symbol=BTCUSDT&validity=3600000&timestamp=\d+&signature=[0-9a-f]{64}$/);
      const { token, expirationTime } = JSON.parse(request?.responseBody ?? "{}");
      expect(result.stdout).toBe(`listenToken for isolated BTCUSDT, valid until ${new Date(expirationTime).toISOString()}\n`);
      expect(result.stdout).not.toContain(token);
    });
  });
});

describe("watching order lists guide samples, run", () => {
  it("watch-order-lists.ts subscribes cross and isolated on one connection, reacts to its OCO's events and prints what the guide shows", async () => {
    await withSandbox({}, async (sandbox) => {
      const { account, env } = await hmacAccount(sandbox);
      const result = await run("docs/samples/watch-order-lists.ts", env);
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(0);
      for (const locale of ["en", "zh-CN"] as const) {
        expect(withRunIdsMasked(result.stdout), locale).toBe(
          withRunIdsMasked(promisedOutput(locale, "docs/samples/watch-order-lists.ts", "watching-order-lists")),
        );
      }
      // One token per account (in either order), then the OCO the events reported, cancelled once it worked.
      const tokens = sandbox.requests.filter((entry) => entry.path === "/sapi/v1/userListenToken").map((entry) => /isIsolated=true&symbol=BTCUSDT/.test(entry.query));
      expect(tokens.sort()).toEqual([false, true]);
      expect(calls(sandbox).filter((call) => !call.endsWith("/userListenToken"))).toEqual(["POST /sapi/v1/margin/order/oco", "DELETE /sapi/v1/margin/orderList"]);
      const [list] = sandbox.orderLists(account.apiKey);
      expect(list?.status).toBe("CANCELED");
    });
  });

  it("stream-on-sandbox.ts renews three times on the moved sandbox clock, survives a dropped connection and reconciles the gap, as the guide shows", async () => {
    const result = await run("docs/samples/stream-on-sandbox.ts", {});
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    for (const locale of ["en", "zh-CN"] as const) {
      expect(result.stdout, locale).toBe(promisedOutput(locale, "docs/samples/stream-on-sandbox.ts", "watching-order-lists"));
    }
  });

  it("watch-order-lists.ts has no default host: without BINANCE_BASE_URL it stops before sending anything", async () => {
    await withSandbox({}, async (sandbox) => {
      const { env } = await hmacAccount(sandbox);
      const { BINANCE_BASE_URL: _unset, ...withoutBaseUrl } = env;
      const result = await run("docs/samples/watch-order-lists.ts", withoutBaseUrl);
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toContain("Set BINANCE_BASE_URL");
      expect(result.stdout).toBe("");
      expect(sandbox.requests).toEqual([]);
    });
  });
});

// Vitest runs a file's tests in order, so every scenario above has run by now.
describe("every sample has a scenario (the checklist in ARCHITECTURE.md)", () => {
  it("each docs/samples and spec/samples file was run and checked by a test above", () => {
    expect(sources.filter((source) => !ran.has(source))).toEqual([]);
  });
});
