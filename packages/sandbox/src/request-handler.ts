import type { IncomingMessage, ServerResponse } from "node:http";
import { type AccountRecord, maskApiKey } from "./accounts.js";
import { BinanceRejection, rejections } from "./binance-error.js";
import type { CancellableSleep } from "./cancellable-sleep.js";
import { CANCEL_OCO_METHOD, CANCEL_OCO_PATH, SERVER_TIME_PATH, serverTimeWeight } from "./cancel-oco-contract.js";
import type { FaultRule, FaultSource } from "./faults.js";
import type { IpWeightCounter } from "./ip-weight-counter.js";
import type { RequestLogEntry } from "./request-log.js";
import { type CancelOcoDependencies, cancelOcoRoute } from "./routes/cancel-oco-route.js";
import { serverTimeRoute } from "./routes/server-time-route.js";
import type { SandboxRequest } from "./sandbox-request.js";

export interface RequestHandlerDependencies extends CancelOcoDependencies {
  readonly faults: FaultSource;
  readonly ipWeights: IpWeightCounter;
  readonly sleeper: CancellableSleep;
  readonly log: (entry: Omit<RequestLogEntry, "seq">) => void;
}

/** A fully decided answer, before any fault rewrites it. */
interface Outcome {
  status: number;
  headers: Record<string, string>;
  body: string;
  code?: number;
  executed: boolean;
}

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

function toSandboxRequest(req: IncomingMessage): SandboxRequest {
  const url = req.url ?? "/";
  const queryStart = url.indexOf("?");
  const apiKey = req.headers["x-mbx-apikey"];
  return {
    method: (req.method ?? "GET").toUpperCase(),
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    query: queryStart === -1 ? "" : url.slice(queryStart + 1),
    apiKey: Array.isArray(apiKey) ? apiKey.join(",") : apiKey,
    remoteAddress: req.socket.remoteAddress ?? "unknown",
  };
}

function rejectionOutcome(rejection: BinanceRejection, headers: Record<string, string>): Outcome {
  return {
    status: rejection.status,
    headers: { ...headers, ...rejection.headers },
    body: JSON.stringify(rejection.body),
    code: rejection.code,
    executed: false,
  };
}

function route(request: SandboxRequest, dependencies: RequestHandlerDependencies): Outcome {
  const headers: Record<string, string> = { "Content-Type": JSON_CONTENT_TYPE };
  let account: AccountRecord | undefined;
  const reportUidWeight = () => {
    if (account) headers["X-SAPI-USED-UID-WEIGHT-1M"] = String(dependencies.limiter.used(account.apiKey));
  };
  try {
    if (request.path === CANCEL_OCO_PATH && request.method === CANCEL_OCO_METHOD) {
      const response = cancelOcoRoute(request, dependencies, (known) => {
        account = known;
      });
      reportUidWeight();
      return { status: response.status, headers, body: JSON.stringify(response.body), executed: response.executed };
    }
    if (request.path === SERVER_TIME_PATH && request.method === "GET") {
      const used = dependencies.ipWeights.add(request.remoteAddress, serverTimeWeight.value);
      headers["X-MBX-USED-WEIGHT-1M"] = String(used);
      const response = serverTimeRoute(dependencies.clock);
      return { status: response.status, headers, body: JSON.stringify(response.body), executed: false };
    }
    throw rejections.unknownPath();
  } catch (error) {
    reportUidWeight();
    if (error instanceof BinanceRejection) return rejectionOutcome(error, headers);
    // Anything else is a sandbox bug; answer like Binance's generic -1000, without internals.
    return rejectionOutcome(
      new BinanceRejection(500, -1000, "An unknown error occurred while processing the request."),
      headers,
    );
  }
}

/** Replaces a decided outcome with the fault's answer (status and error faults). */
function faultOutcome(rule: FaultRule, decided: Outcome | undefined): Outcome {
  const headers = { ...(decided?.headers ?? { "Content-Type": JSON_CONTENT_TYPE }) };
  delete headers["Retry-After"];
  const { fault } = rule;
  const rejection =
    fault.type === "binance-error"
      ? rejections.executionTimeout(fault.status ?? 500)
      : rejections.internalError(fault.type === "http-status" ? fault.status : 500);
  return { ...rejectionOutcome(rejection, headers), executed: decided?.executed ?? false };
}

/** Cuts a JSON text in half: an unclosed object is never valid JSON. */
const truncateJson = (body: string) => body.slice(0, Math.max(1, Math.floor(body.length / 2)));

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    // The endpoint reads parameters from the query only; a body is read and ignored.
    req.on("end", resolve);
    req.on("error", () => resolve());
    req.resume();
  });
}

export function createRequestHandler(dependencies: RequestHandlerDependencies) {
  return async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = toSandboxRequest(req);
    const receivedAt = dependencies.clock.serverTime();
    await drain(req);
    const rule = dependencies.faults.take(request);
    const fault = rule?.fault;
    if (fault?.type === "delay" && !(await dependencies.sleeper.sleep(fault.ms))) {
      // The sandbox is closing: a delayed request must not change state after close().
      res.socket?.destroy();
      return;
    }

    const answersNormally = !fault || fault.type === "delay" || fault.type === "malformed-json";
    const decided = answersNormally || rule?.executes ? route(request, dependencies) : undefined;
    const base = {
      receivedAt,
      method: request.method,
      path: request.path,
      query: request.query,
      ...(request.apiKey === undefined ? {} : { apiKey: maskApiKey(request.apiKey) }),
      ...(fault ? { fault: fault.type } : {}),
    };

    if (fault?.type === "drop-connection") {
      dependencies.log({ ...base, executed: decided?.executed ?? false });
      res.socket?.destroy();
      return;
    }
    let outcome = rule && !answersNormally ? faultOutcome(rule, decided) : (decided as Outcome);
    if (fault?.type === "malformed-json") outcome = { ...outcome, body: truncateJson(outcome.body) };

    dependencies.log({
      ...base,
      status: outcome.status,
      ...(outcome.code === undefined ? {} : { code: outcome.code }),
      responseBody: outcome.body,
      responseHeaders: outcome.headers,
      executed: outcome.executed,
    });
    res.writeHead(outcome.status, { ...outcome.headers, "Content-Length": Buffer.byteLength(outcome.body) });
    res.end(outcome.body);
  };
}
