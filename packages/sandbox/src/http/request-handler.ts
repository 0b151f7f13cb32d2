import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { type BinanceAnswer, rejectionAnswer } from "../binance/binance-api.js";
import { rejections } from "../binance/binance-error.js";
import type { SandboxRequest } from "../binance/sandbox-request.js";
import { maskApiKey } from "../state/accounts.js";
import { isAdminPath } from "./admin-routes.js";
import type { CancellableSleep } from "./cancellable-sleep.js";
import type { Cors } from "./cors.js";
import { FaultPredicateError, type FaultRule, type FaultSource } from "./faults.js";
import { MAX_REQUEST_BODY_BYTES, readRequestBody } from "./request-body.js";
import type { RequestLogEntry } from "./request-log.js";

export interface RequestHandlerDependencies {
  /** Binance's side: every operation of the spec (`binance/binance-api.ts`). */
  readonly answer: (request: SandboxRequest) => BinanceAnswer;
  /**
   * The sandbox's own admin routes (`admin-routes.ts`): answered before CORS and faults apply
   * (a preflight for them is never approved, their answers carry no CORS header), or undefined.
   */
  readonly admin: (request: SandboxRequest, headers: IncomingHttpHeaders) => BinanceAnswer | undefined;
  readonly faults: FaultSource;
  readonly sleeper: CancellableSleep;
  readonly log: (entry: Omit<RequestLogEntry, "seq">) => void;
  /** True once close() began: nothing that arrives or completes afterwards is executed. */
  readonly isClosing: () => boolean;
  /** Server time for the log's receivedAt. */
  readonly serverTime: () => number;
  /** Opt-in CORS (undefined: off). */
  readonly cors?: Cors;
}

/** A fully decided answer, before any fault rewrites it. */
type Outcome = BinanceAnswer;

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

function toSandboxRequest(req: IncomingMessage, body: string): SandboxRequest {
  const url = req.url ?? "/";
  const queryStart = url.indexOf("?");
  const apiKey = req.headers["x-mbx-apikey"];
  return {
    method: (req.method ?? "GET").toUpperCase(),
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    query: queryStart === -1 ? "" : url.slice(queryStart + 1),
    body,
    contentType: req.headers["content-type"],
    apiKey: Array.isArray(apiKey) ? apiKey.join(",") : apiKey,
    remoteAddress: req.socket.remoteAddress ?? "unknown",
  };
}

const rejectionOutcome = rejectionAnswer;

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

/** 413 in the sandbox's `{ code, msg }` shape (Binance's API never sees such a body: it has no code for it). */
function bodyTooLarge(): Outcome {
  const body = {
    code: -1,
    msg: `Request body larger than ${MAX_REQUEST_BODY_BYTES} bytes: the sandbox reads no more (Binance's requests are a few KiB at most).`,
  };
  return { status: 413, headers: { "Content-Type": JSON_CONTENT_TYPE, Connection: "close" }, body: JSON.stringify(body), code: -1, executed: false };
}

/** Cuts a JSON text in half: an unclosed object is never valid JSON. */
const truncateJson = (body: string) => body.slice(0, Math.max(1, Math.floor(body.length / 2)));

export function createRequestHandler(dependencies: RequestHandlerDependencies) {
  return async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = dependencies.serverTime();
    const received = await readRequestBody(req);
    const tooLarge = !received.complete && received.tooLarge === true;
    if ((!received.complete && !tooLarge) || dependencies.isClosing()) {
      // The body never fully arrived (or the sandbox is closing): its parameters and what the
      // signature covers are unknown, so it is never executed, and there is nobody to answer.
      const request = toSandboxRequest(req, "");
      dependencies.log({
        receivedAt,
        method: request.method,
        path: request.path,
        query: request.query,
        body: "",
        ...(request.apiKey === undefined ? {} : { apiKey: maskApiKey(request.apiKey) }),
        ...(received.complete ? {} : { incomplete: true as const }),
        executed: false,
      });
      res.socket?.destroy();
      return;
    }
    const request = toSandboxRequest(req, received.complete ? received.text : "");
    const base = {
      receivedAt,
      method: request.method,
      path: request.path,
      query: request.query,
      body: request.body,
      ...(request.apiKey === undefined ? {} : { apiKey: maskApiKey(request.apiKey) }),
    };
    const send = (decided: Outcome, extra: Partial<RequestLogEntry> = {}, withCors = true) => {
      const cors = withCors ? dependencies.cors?.responseHeaders(req, decided.headers) : undefined;
      const outcome = { ...decided, headers: { ...decided.headers, ...cors } };
      dependencies.log({
        ...base,
        ...extra,
        status: outcome.status,
        ...(outcome.code === undefined ? {} : { code: outcome.code }),
        responseBody: outcome.body,
        responseHeaders: outcome.headers,
        executed: outcome.executed,
      });
      res.writeHead(outcome.status, { ...outcome.headers, "Content-Length": Buffer.byteLength(outcome.body) });
      res.end(outcome.body);
    };

    // A body over the limit is refused before anything reads it (its start was not even kept); the
    // connection closes after the answer, so nothing more of that body is waited for.
    if (tooLarge) {
      send(bodyTooLarge(), {}, !isAdminPath(request.path));
      return;
    }

    // The sandbox's own routes (price moves, the symbol table) come first: never faulted (a standing
    // fault rule must not stop a test from moving the market), and never opened to a web page: no
    // preflight is approved for them and their answers carry no CORS header, even with CORS on.
    const adminAnswer = dependencies.admin(request, req.headers);
    if (adminAnswer) {
      send(adminAnswer, {}, false);
      return;
    }

    // A browser's CORS preflight is answered before anything else: it carries no
    // API key, consumes no rate-limit weight and no fault rule, and executes nothing.
    const preflight = dependencies.cors?.preflight(req);
    if (preflight) {
      dependencies.log({ ...base, status: 204, responseBody: "", responseHeaders: preflight, executed: false });
      res.writeHead(204, preflight);
      res.end();
      return;
    }

    let rule: FaultRule | undefined;
    try {
      rule = dependencies.faults.take(request);
    } catch (error) {
      if (!(error instanceof FaultPredicateError)) throw error;
      // A test's own predicate threw: fail this request, loudly and without processing it.
      send(rejectionOutcome(rejections.faultPredicateFailed(error.ruleId), { "Content-Type": JSON_CONTENT_TYPE }));
      return;
    }
    const fault = rule?.fault;
    if (fault?.type === "delay" && !(await dependencies.sleeper.sleep(fault.ms))) {
      // The sandbox is closing: a delayed request must not change state after close().
      res.socket?.destroy();
      return;
    }

    const answersNormally = !fault || fault.type === "delay" || fault.type === "malformed-json";
    const decided = answersNormally || rule?.executes ? dependencies.answer(request) : undefined;
    const faultField = fault ? { fault: fault.type } : {};

    if (fault?.type === "drop-connection") {
      dependencies.log({ ...base, ...faultField, executed: decided?.executed ?? false });
      res.socket?.destroy();
      return;
    }
    let outcome = rule && !answersNormally ? faultOutcome(rule, decided) : (decided as Outcome);
    if (fault?.type === "malformed-json") outcome = { ...outcome, body: truncateJson(outcome.body) };
    send(outcome, faultField);
  };
}
