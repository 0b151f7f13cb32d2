import type { OperationContract } from "@sapi-kit/contract";
import type { AccountRecord } from "../state/accounts.js";
import { BinanceRejection, rejections } from "./binance-error.js";
import { type ValidatedParameters, validateParameters } from "./parameter-validation.js";
import type { WeightLimiter } from "./rate-limiter.js";
import { requestWeight, WEIGHT_HEADERS, type WeightCounter, weightCounter } from "./request-weight.js";
import type { SandboxRequest } from "./sandbox-request.js";
import { authenticateSignedRequest, type SignedRequestDependencies } from "./signed-request.js";
import { collectTotalParams } from "./total-params.js";

/** What an operation's behaviour receives: the request, already authenticated, charged and validated. */
export interface OperationCall {
  readonly operation: OperationContract;
  /** The caller's account, for operations that require an API key. */
  readonly account: AccountRecord | undefined;
  readonly params: ValidatedParameters;
  /** The sandbox clock (skew included) when the request was processed. */
  readonly serverTime: number;
}

/** A behaviour's answer; `executed` marks a request that changed state. Failures are thrown as BinanceRejection. */
export interface OperationResult {
  readonly status?: number;
  readonly body: unknown;
  readonly executed: boolean;
}

/** The only hand-written code per operation: what it does (to state), given valid parameters. */
export type OperationBehaviour = (call: OperationCall) => OperationResult;

/** Behaviours by the spec's operationId. */
export type OperationBehaviours = Readonly<Record<string, OperationBehaviour>>;

/** A fully decided HTTP answer. */
export interface BinanceAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly code?: number;
  readonly executed: boolean;
}

export interface BinanceApiDependencies extends SignedRequestDependencies {
  /** One limiter per weight counter (see `request-weight.ts`). */
  readonly limiters: Readonly<Record<WeightCounter, WeightLimiter>>;
  /** How many symbols the sandbox trades, for a weight priced per trading symbol (1 when not given). */
  readonly tradingSymbols?: () => number;
}

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

export function rejectionAnswer(rejection: BinanceRejection, headers: Record<string, string>): BinanceAnswer {
  return {
    status: rejection.status,
    headers: { ...headers, ...rejection.headers },
    body: JSON.stringify(rejection.body),
    code: rejection.code,
    executed: false,
  };
}

/**
 * Binance's request rules for every operation of the spec, in one pipeline:
 * find the operation by method and path -> API key and signature
 * (`signed-request.ts`) -> weight, per UID or per IP, reported in the
 * matching header -> parameters against the generated contract
 * (`parameter-validation.ts`) -> the operation's behaviour.
 *
 * An operation that the spec defines but no behaviour implements is still
 * authenticated and validated, then answered 404 -1000 "not simulated".
 */
export function createBinanceApi(
  operations: readonly OperationContract[],
  behaviours: OperationBehaviours,
  dependencies: BinanceApiDependencies,
): (request: SandboxRequest) => BinanceAnswer {
  return function answer(request) {
    const headers: Record<string, string> = { "Content-Type": JSON_CONTENT_TYPE };
    let reportWeight = () => {};
    try {
      const operation = operations.find((candidate) => candidate.method === request.method && candidate.path === request.path);
      if (!operation) throw rejections.unknownPath();
      const counter = weightCounter(operation);
      const limiter = dependencies.limiters[counter];
      const track = (key: string) => {
        reportWeight = () => {
          headers[WEIGHT_HEADERS[counter]] = String(limiter.used(key));
        };
      };

      let account: AccountRecord | undefined;
      let params: ReturnType<typeof collectTotalParams>["params"];
      // USER_STREAM operations (an API key, no signature required) also take a signed request, which
      // clients such as binance (tiagosiebler) send and Binance answers: the spec lists "key alone" and
      // "key + signature" as alternatives, and a request that carries a signature gets the SIGNED checks.
      const signed = operation.signed || (operation.apiKey && collectTotalParams(request).params.has("signature"));
      if (signed) {
        ({ account, params } = authenticateSignedRequest(request, dependencies, (known) => {
          if (counter === "sapi-uid") {
            track(`${known.apiKey} ${operation.operationId}`);
            limiter.assertNotBanned(`${known.apiKey} ${operation.operationId}`);
          }
        }));
      } else {
        // An unsigned operation still needs its key when the spec says so (Binance's USER_STREAM security type).
        if (operation.apiKey) {
          if (request.apiKey === undefined || request.apiKey.trim() === "") throw rejections.apiKeyFormatInvalid();
          account = dependencies.accounts.find(request.apiKey);
          if (!account) throw rejections.apiKeyRejected();
        }
        params = collectTotalParams(request).params;
      }

      const key =
        counter === "sapi-uid"
          ? `${account?.apiKey ?? request.remoteAddress} ${operation.operationId}`
          : counter === "sapi-ip"
            ? `${request.remoteAddress} ${operation.operationId}`
            : request.remoteAddress;
      track(key);
      limiter.admit(key, requestWeight(operation, params, dependencies.tradingSymbols?.() ?? 1));

      const validated = validateParameters(operation, params, { signed });
      const behaviour = behaviours[operation.operationId];
      if (!behaviour) throw rejections.notSimulated(operation.operationId);
      const result = behaviour({ operation, account, params: validated, serverTime: dependencies.clock.serverTime() });
      reportWeight();
      return { status: result.status ?? 200, headers, body: JSON.stringify(result.body), executed: result.executed };
    } catch (error) {
      reportWeight();
      if (error instanceof BinanceRejection) return rejectionAnswer(error, headers);
      // Anything else is a sandbox bug; answer like Binance's generic -1000, without internals.
      return rejectionAnswer(rejections.unknownError(), headers);
    }
  };
}
