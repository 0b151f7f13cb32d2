import type { ParameterContract, ParameterRule } from "./generated/operations.js";
import type { ParameterFormat } from "./parameter-formats.js";

/**
 * A sent value that does not read as its parameter's contract says. Facts
 * only, no wording: the sandbox turns each into Binance's code and message,
 * the CLI into a usage error in the user's language.
 */
export type ValueViolation =
  /** LONG / INT: not digits only. */
  | { readonly kind: "not-an-integer"; readonly parameter: ParameterContract; readonly value: string }
  /** LONG / INT: digits, but more than the 20 Binance reads. */
  | { readonly kind: "too-many-digits"; readonly parameter: ParameterContract; readonly value: string }
  /**
   * LONG / INT: a whole number outside the bounds (the contract's, and an
   * INT's int32 maximum when the contract sets none).
   */
  | {
      readonly kind: "out-of-range";
      readonly parameter: ParameterContract;
      readonly value: string;
      readonly minimum?: number;
      readonly maximum?: number;
    }
  /** DECIMAL: not the parameter's decimal pattern, or longer than 20 digits either side of the point. */
  | { readonly kind: "not-a-decimal"; readonly parameter: ParameterContract; readonly value: string }
  /** ENUM: not one of the values, which must match exactly. */
  | { readonly kind: "invalid-enum"; readonly parameter: ParameterContract; readonly value: string; readonly allowed: readonly string[] }
  /** BOOLEAN: neither true nor false, in any letter case. */
  | { readonly kind: "not-a-boolean"; readonly parameter: ParameterContract; readonly value: string }
  /** STRING: outside the format Binance gives a parameter of this name (`parameter-formats.ts`). */
  | {
      readonly kind: "bad-format";
      readonly parameter: ParameterContract;
      readonly value: string;
      readonly format: ParameterFormat["name"];
      readonly legalRange: string;
    }
  /** STRING: the spec's pattern does not match. */
  | { readonly kind: "pattern-mismatch"; readonly parameter: ParameterContract; readonly value: string; readonly pattern: string }
  /** STRING: fewer characters (code points) than the spec's minLength. */
  | { readonly kind: "too-short"; readonly parameter: ParameterContract; readonly value: string; readonly minLength: number }
  /** STRING: more characters (code points) than the spec's maxLength. */
  | { readonly kind: "too-long"; readonly parameter: ParameterContract; readonly value: string; readonly maxLength: number };

/** Every rule violation a query can have, as data. */
export type Violation =
  | ValueViolation
  /** A required parameter is absent or sent empty (Binance reads an empty value as not sent). */
  | { readonly kind: "missing"; readonly parameter: ParameterContract }
  /** Names sent that the operation does not define, in the order sent. */
  | { readonly kind: "unknown"; readonly names: readonly string[] }
  /** No name of an `x-required-one-of` group was sent. */
  | { readonly kind: "required-one-of"; readonly group: readonly string[] }
  /**
   * An `x-parameter-rules` rule is broken. `parameters` names what breaks it:
   * `requires` the required names not sent, `excludes` and `forbidden-when`
   * the names sent that may not be, `required-when` the rule's names (none sent).
   */
  | { readonly kind: "rule"; readonly rule: PresenceRule; readonly parameters: readonly string[] }
  /**
   * A `max-span` rule is broken: both of its parameters were sent as integers and
   * `to` is more than `maximum` after `from` (`span`, exact, as decimal digits).
   */
  | { readonly kind: "span-too-long"; readonly rule: SpanRule; readonly span: string };

/** The `x-parameter-rules` kinds that say which parameters may or must be sent. */
export type PresenceRule = Exclude<ParameterRule, SpanRule>;
/** The `max-span` kind: how far apart two integer parameters may be. */
export type SpanRule = Extract<ParameterRule, { readonly kind: "max-span" }>;

/** The violations that concern one parameter's value, as opposed to the query as a whole. */
export function isValueViolation(violation: Violation): violation is ValueViolation {
  return "value" in violation;
}
