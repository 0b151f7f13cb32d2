// Turns the generated `paths` into the paths the client exposes to callers,
// driven only by the generated `OperationRules`: nothing here names an
// endpoint, so a new operation in the spec gets the same treatment for free.
import type { OperationRules } from "./generated/operation-rules.js";
import type { paths } from "./generated/schema.js";

/** What every `OperationRules` entry provides (see scripts/operation-rules.mjs). */
export interface OperationRule {
  /** Query parameter names the signer sets. */
  signerManaged: PropertyKey;
  /** Groups of query parameter names; at least one of each group must be sent. */
  requiredOneOf: readonly (readonly PropertyKey[])[];
}

/** Flattens an intersection so editors and error messages show one object. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The keys of T that are not optional, distributed over unions. */
type RequiredKeys<T> = T extends unknown
  ? { [K in keyof T]-?: undefined extends T[K] ? (T extends Record<K, T[K]> ? K : never) : K }[keyof T]
  : never;

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

/** The query object a caller writes for one operation. */
export type CallerQuery<Query, Rule extends OperationRule> = RequireOneOfEach<
  WithoutSignerManaged<Query, Rule["signerManaged"]>,
  Rule["requiredOneOf"]
>;

/** `query` stays optional when nothing in it is required (e.g. only signer-managed parameters). */
type QueryOption<Query> = [RequiredKeys<Query>] extends [never] ? { query?: Query } : { query: Query };

type CallerParameters<Parameters, Rule extends OperationRule> = Parameters extends { query?: infer Query }
  ? [NonNullable<Query>] extends [never]
    ? Parameters
    : Simplify<{ [K in keyof Parameters as K extends "query" ? never : K]: Parameters[K] } & QueryOption<CallerQuery<NonNullable<Query>, Rule>>>
  : Parameters;

/** One operation with its `parameters` rewritten; responses and body untouched. */
export type CallerOperation<Operation, Rule extends OperationRule> = Operation extends { parameters: unknown }
  ? { [K in keyof Operation]: K extends "parameters" ? CallerParameters<Operation[K], Rule> : Operation[K] }
  : Operation;

type RuleFor<Rules, Path, Method> = Path extends keyof Rules
  ? Method extends keyof Rules[Path]
    ? Rules[Path][Method] extends infer Rule extends OperationRule
      ? Rule
      : never
    : never
  : never;

/**
 * The `paths` type callers program against: for every operation, the
 * signer-managed query parameters are gone and each `x-required-one-of`
 * group demands at least one member. Generic over both inputs so it works for
 * any spec (tests feed it a synthetic second endpoint).
 */
export type CallerPaths<Paths = paths, Rules = OperationRules> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: [RuleFor<Rules, Path, Method>] extends [never]
      ? Paths[Path][Method]
      : CallerOperation<Paths[Path][Method], RuleFor<Rules, Path, Method>>;
  };
};
