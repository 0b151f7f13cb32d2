// Turns the generated `paths` into the paths the client exposes to callers,
// driven only by the generated `OperationRules`: nothing here names an
// endpoint, so a new operation in the spec gets the same treatment for free.
import type { OperationRules } from "./generated/operation-rules.js";
import type { paths } from "./generated/schema.js";

/** What every `OperationRules` entry provides (see spec/generator/operation-rules.mjs). */
export interface OperationRule {
  /** Query parameter names the signer sets. */
  signerManaged: PropertyKey;
  /** Groups of query parameter names; at least one of each group must be sent. */
  requiredOneOf: readonly (readonly PropertyKey[])[];
  /** The `x-parameter-rules` as cases: one union of {@link ParameterCase} per group of related rules. */
  parameterCases: readonly unknown[];
}

/**
 * One case of a group of parameter rules (see spec/generator/parameter-cases.mjs):
 * `sent` names must be sent, `absent` names must be left out, and `values`
 * narrows what a parameter may be when it is sent.
 */
export interface ParameterCase {
  sent: PropertyKey;
  absent: PropertyKey;
  /** Left out when the case narrows no value. */
  values?: object;
}

/** Flattens an intersection so editors and error messages show one object. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * Drops the signer-managed keys and re-declares them as `?: never`. Dropping
 * alone is not enough: openapi-fetch infers the init argument generically,
 * and generic inference skips excess-property checks, so a stray
 * `timestamp` would otherwise compile and be signed over.
 */
type WithoutSignerManaged<Query, Managed extends PropertyKey> = Simplify<
  { [K in keyof Query as K extends Managed ? never : K]: Query[K] } & { [K in Managed & string]?: never }
>;

/** One object type per key of the group, each requiring that key. */
type RequireOneOf<Query, Group extends PropertyKey> = Query extends unknown
  ? { [K in Group & keyof Query]: Simplify<Omit<Query, K> & { [P in K]-?: Exclude<Query[P], undefined> }> }[Group &
      keyof Query]
  : never;

/** Applies every required-one-of group in turn (the result is a union). */
type RequireOneOfEach<Query, Groups> = Groups extends readonly [
  infer Group extends readonly PropertyKey[],
  ...infer Rest,
]
  ? RequireOneOfEach<RequireOneOf<Query, Group[number]>, Rest>
  : Query;

/**
 * One case as an object type to intersect with the query. Intersecting (not
 * rebuilding the query) keeps what the query already says: `{ a?: string } &
 * { a: string }` requires `a`, `{ a: string } & { a?: never }` is empty.
 */
type CaseConstraint<Query, Case> = Case extends ParameterCase
  ? Simplify<
      { [K in Case["sent"] & keyof Query]-?: Exclude<Query[K], undefined> } & { [K in Case["absent"] & keyof Query]?: never } & (Case extends {
          values: infer Values;
        }
          ? { [K in keyof Values & keyof Query]?: Values[K] }
          : unknown)
    >
  : never;

/**
 * Every group's cases, intersected: TypeScript multiplies the unions out, so
 * the generator keeps each group small (New OTOCO: 3 x 9 x 12 cases).
 */
type ParameterCases<Query, Groups> = Groups extends readonly [infer Group, ...infer Rest]
  ? CaseConstraint<Query, Group> & ParameterCases<Query, Rest>
  : unknown;

/** The query object a caller writes for one operation. */
export type CallerQuery<Query, Rule extends OperationRule> = RequireOneOfEach<
  WithoutSignerManaged<Query, Rule["signerManaged"]>,
  Rule["requiredOneOf"]
> &
  ParameterCases<WithoutSignerManaged<Query, Rule["signerManaged"]>, Rule["parameterCases"]>;

/**
 * `query` stays optional when an empty query is valid (e.g. only signer-managed
 * parameters, or every rule satisfied by leaving things out).
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "an empty query object" here.
type QueryOption<Query> = {} extends Query ? { query?: Query } : { query: Query };

type CallerParameters<Parameters, Rule extends OperationRule> = Parameters extends { query?: infer Query }
  ? [NonNullable<Query>] extends [never]
    ? Parameters
    : Simplify<{ [K in keyof Parameters as K extends "query" ? never : K]: Parameters[K] } & QueryOption<CallerQuery<NonNullable<Query>, Rule>>>
  : Parameters;

/** The JSON media types of a response's `content`, and nothing else. */
type JsonMedia<Content> = {
  [K in keyof Content as K extends `${string}/json` | `${string}+json` ? K : never]: Content[K];
};

/**
 * A response as the caller sees it: only its JSON bodies. The spec also
 * documents the HTML or empty bodies Binance's gateway sends on 403 and 5XX
 * (`text/html`), but the client never hands those to the caller: it throws
 * `ResponseUnreadableError` instead, so `error` stays exactly `BinanceError`.
 * A response with no JSON body left has no content at all, rather than `{}`,
 * which openapi-fetch would otherwise turn into an `error` of type `{}`.
 */
type CallerResponse<Response> = Response extends { content: infer Content }
  ? [keyof JsonMedia<Content>] extends [never]
    ? Simplify<Omit<Response, "content"> & { content?: never }>
    : { [K in keyof Response]: K extends "content" ? JsonMedia<Content> : Response[K] }
  : Response;

type CallerResponses<Responses> = { [Status in keyof Responses]: CallerResponse<Responses[Status]> };

/** One operation with its `parameters` and `responses` rewritten for callers; the request body untouched. */
export type CallerOperation<Operation, Rule extends OperationRule> = {
  [K in keyof Operation]: K extends "parameters"
    ? CallerParameters<Operation[K], Rule>
    : K extends "responses"
      ? CallerResponses<Operation[K]>
      : Operation[K];
};

type RuleFor<Rules, Path, Method> = Path extends keyof Rules
  ? Method extends keyof Rules[Path]
    ? Rules[Path][Method] extends infer Rule extends OperationRule
      ? Rule
      : never
    : never
  : never;

/**
 * The `paths` type callers program against: for every operation, the
 * signer-managed query parameters are gone, each `x-required-one-of`
 * group demands at least one member, the `x-parameter-rules` hold, and
 * responses carry only their JSON bodies. Generic over both inputs so it works for
 * any spec (tests feed it a synthetic second endpoint).
 */
export type CallerPaths<Paths = paths, Rules = OperationRules> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: [RuleFor<Rules, Path, Method>] extends [never]
      ? Paths[Path][Method]
      : CallerOperation<Paths[Path][Method], RuleFor<Rules, Path, Method>>;
  };
};
