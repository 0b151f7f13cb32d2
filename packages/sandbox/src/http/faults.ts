/** A failure the sandbox can produce instead of (or on top of) its normal answer. */
export type Fault =
  /** An HTTP 5xx with a Binance-style -1001 body: execution status unknown. */
  | { type: "http-status"; status: 500 | 502 | 503 | 504 }
  /**
   * Binance's -1007 "Timeout waiting for response from backend server": execution
   * status unknown. Default HTTP status 500 (the spec documents -1007 under 5XX).
   */
  | { type: "binance-error"; code: -1007; status?: 500 | 503 | 504 | 408 }
  /** Answers normally, but only after `ms` milliseconds (timestamps are checked after the wait). */
  | { type: "delay"; ms: number }
  /** Destroys the socket without writing any response. */
  | { type: "drop-connection" }
  /** Answers normally (status and headers), but the body is truncated, invalid JSON. */
  | { type: "malformed-json" };

/** What a fault predicate sees of a request (raw query and body, exactly as received). */
export interface FaultRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: string;
}

export interface FaultMatch {
  path?: string;
  method?: string;
  /**
   * Finer targeting, e.g. on the raw query or body. If it throws, that request
   * fails with HTTP 500 -1000 naming the rule, is not processed, and the error
   * is kept in `faults.errors`.
   */
  when?: (request: FaultRequest) => boolean;
}

/**
 * The WebSocket API's path: a rule with `match: { path: "/ws-api/v3" }` and the
 * `drop-connection` fault drops the connection of the request frame it matches
 * (`executes: true`: after the request took effect, before its answer). Frames
 * reach predicates as `{ method: "WS", path, query: "", body: <the frame's text> }`.
 */
export const WS_FAULT_PATH = "/ws-api/v3";
/** The method a WebSocket API frame is matched with. */
export const WS_FRAME = "WS";

/** A fault predicate (`match.when`) threw while the sandbox matched a request. */
export class FaultPredicateError extends Error {
  readonly ruleId: number;
  readonly method: string;
  readonly path: string;

  constructor(ruleId: number, request: FaultRequest, cause: unknown) {
    super(`Fault rule #${ruleId}: match.when threw for ${request.method} ${request.path}`, { cause });
    this.name = "FaultPredicateError";
    this.ruleId = ruleId;
    this.method = request.method;
    this.path = request.path;
  }
}

export interface InjectOptions {
  /** How many matching requests this rule affects. Default 1; `Infinity` for a standing rule. */
  times?: number;
  /** Which requests it affects. Default: every request. */
  match?: FaultMatch;
  /**
   * For `http-status`, `binance-error` and `drop-connection`: process the
   * request first (a cancel really happens) and then fail. This is how a lost
   * response looks to a client. Default false: the request never reaches the
   * matching engine.
   */
  executes?: boolean;
}

export interface FaultRule {
  readonly id: number;
  readonly fault: Fault;
  readonly executes: boolean;
  readonly match: FaultMatch;
  /** Matching requests this rule will still affect. */
  readonly remaining: number;
  /** Stops the rule early. */
  remove(): void;
}

export interface FaultInjector {
  inject(fault: Fault, options?: InjectOptions): FaultRule;
  /** Rules that are still active, oldest first. */
  readonly active: readonly FaultRule[];
  /** Errors thrown by `match.when` predicates, oldest first (the thrown value is each one's `cause`). */
  readonly errors: readonly FaultPredicateError[];
  /** Removes every rule and forgets recorded predicate errors. */
  clear(): void;
}

/** Internal: the sandbox asks which fault, if any, applies to a request (consuming one use). */
export interface FaultSource extends FaultInjector {
  /** Throws (and records) a FaultPredicateError when a predicate throws; no use is consumed then. */
  take(request: FaultRequest): FaultRule | undefined;
}

function assertValidFault(fault: Fault): void {
  switch (fault.type) {
    case "http-status":
      if (![500, 502, 503, 504].includes(fault.status)) throw new TypeError("http-status fault needs status 500, 502, 503 or 504.");
      return;
    case "binance-error":
      if (fault.code !== -1007) throw new TypeError("binance-error fault supports code -1007.");
      if (fault.status !== undefined && ![408, 500, 503, 504].includes(fault.status)) {
        throw new TypeError("binance-error fault needs status 408, 500, 503 or 504.");
      }
      return;
    case "delay":
      if (!(fault.ms >= 0 && Number.isFinite(fault.ms))) throw new TypeError("delay fault needs a finite ms >= 0.");
      return;
    case "drop-connection":
    case "malformed-json":
      return;
    default:
      throw new TypeError(`Unknown fault type '${(fault as { type: string }).type}'.`);
  }
}

/** Fault rules are matched in injection order; the first matching rule with uses left wins. */
export function createFaultInjector(): FaultSource {
  let nextId = 1;
  let rules: { rule: FaultRule; remaining: number }[] = [];
  let errors: FaultPredicateError[] = [];

  const matches = (rule: FaultRule, request: FaultRequest) => {
    const { match } = rule;
    // A WebSocket API frame (method "WS") is matched only by a rule that names its path: every
    // older rule, written for HTTP requests, keeps affecting HTTP requests only.
    if ((request.method === WS_FRAME) !== (match.path === WS_FAULT_PATH)) return false;
    if (match.path !== undefined && match.path !== request.path) return false;
    if (match.method !== undefined && match.method.toUpperCase() !== request.method) return false;
    if (match.when === undefined) return true;
    try {
      return match.when({ ...request });
    } catch (cause) {
      const error = new FaultPredicateError(rule.id, request, cause);
      errors.push(error);
      throw error;
    }
  };

  return {
    inject(fault, options = {}) {
      assertValidFault(fault);
      if (options.match?.path === WS_FAULT_PATH && fault.type !== "drop-connection") {
        throw new TypeError(`Frames on ${WS_FAULT_PATH} take the drop-connection fault only.`);
      }
      const times = options.times ?? 1;
      if (!(times >= 1)) throw new TypeError("times must be >= 1 (or Infinity).");
      const entry = { remaining: times } as { rule: FaultRule; remaining: number };
      const id = nextId++;
      entry.rule = {
        id,
        fault,
        executes: options.executes ?? false,
        match: options.match ?? {},
        get remaining() {
          return entry.remaining;
        },
        remove() {
          rules = rules.filter((candidate) => candidate !== entry);
        },
      };
      rules.push(entry);
      return entry.rule;
    },
    get active() {
      return rules.map((entry) => entry.rule);
    },
    get errors() {
      return errors.slice();
    },
    clear() {
      rules = [];
      errors = [];
    },
    take(request) {
      const entry = rules.find((candidate) => matches(candidate.rule, request));
      if (!entry) return undefined;
      entry.remaining--;
      if (entry.remaining <= 0) entry.rule.remove();
      return entry.rule;
    },
  };
}
