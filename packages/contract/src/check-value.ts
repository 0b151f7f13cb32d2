import type { ParameterContract } from "./generated/operations.js";
import { formatOf } from "./parameter-formats.js";
import type { ValueViolation } from "./violation.js";

/** Binance reads a LONG / INT as at most 20 digits (the -1100 legal range `^[0-9]{1,20}$`). */
const DIGITS = /^[0-9]+$/;
const MAX_DIGITS = 20;
const INT32_MAX = 2_147_483_647;
/** What Binance reads as a decimal, whatever the parameter's own pattern allows. */
const BINANCE_DECIMAL = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";

/** Spec patterns compiled once each: the sandbox checks every request with them. */
const compiled = new Map<string, RegExp>();
function regex(pattern: string, flags: "" | "u"): RegExp {
  const key = `${flags}/${pattern}`;
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(pattern, flags);
    compiled.set(key, found);
  }
  return found;
}

/**
 * A sent value in the contract's own spelling: the enum member it matches
 * when Binance reads the parameter in any letter case (`x-case-insensitive`,
 * `isIsolated=true` -> `TRUE`); BOOLEAN in lower case; else the value as
 * sent. What rule conditions and readers compare.
 */
export function canonicalValue(parameter: ParameterContract, value: string): string {
  if (parameter.wire === "BOOLEAN") return value.toLowerCase();
  if (parameter.caseInsensitive && parameter.enum) {
    const folded = value.toLowerCase();
    return parameter.enum.find((member) => member.toLowerCase() === folded) ?? value;
  }
  return value;
}

/**
 * Checks one sent (non-empty) value against its parameter's contract, the
 * way Binance reads it; undefined when it is valid. `method` is the
 * operation's: client order ids are format-checked on a POST only
 * (`parameter-formats.ts`).
 *
 * Per wire type, the first failing check wins: LONG / INT digits, then at
 * most 20 of them, then the bounds; STRING the format by name, then the
 * spec's pattern, then its minLength, then its maxLength.
 */
export function checkValue(parameter: ParameterContract, value: string, method?: string): ValueViolation | undefined {
  switch (parameter.wire) {
    case "LONG":
    case "INT": {
      if (!DIGITS.test(value)) return { kind: "not-an-integer", parameter, value };
      if (value.length > MAX_DIGITS) return { kind: "too-many-digits", parameter, value };
      const { minimum } = parameter;
      // An INT is an int32 whatever maximum the contract gives it.
      const maximum = parameter.wire === "INT" ? Math.min(parameter.maximum ?? INT32_MAX, INT32_MAX) : parameter.maximum;
      const number = BigInt(value);
      if ((minimum === undefined || number >= BigInt(minimum)) && (maximum === undefined || number <= BigInt(maximum))) return undefined;
      return {
        kind: "out-of-range",
        parameter,
        value,
        ...(minimum === undefined ? {} : { minimum }),
        ...(maximum === undefined ? {} : { maximum }),
      };
    }
    case "DECIMAL":
      if (!regex(parameter.pattern ?? BINANCE_DECIMAL, "").test(value) || !regex(BINANCE_DECIMAL, "").test(value)) {
        return { kind: "not-a-decimal", parameter, value };
      }
      return undefined;
    case "ENUM": {
      const allowed = parameter.enum ?? [];
      return allowed.includes(canonicalValue(parameter, value)) ? undefined : { kind: "invalid-enum", parameter, value, allowed };
    }
    case "BOOLEAN": {
      const lower = value.toLowerCase();
      return lower === "true" || lower === "false" ? undefined : { kind: "not-a-boolean", parameter, value };
    }
    case "STRING": {
      const format = formatOf(parameter.name, method);
      if (format && !format.test(value)) return { kind: "bad-format", parameter, value, format: format.name, legalRange: format.legalRange };
      if (parameter.pattern !== undefined && !regex(parameter.pattern, "u").test(value)) {
        return { kind: "pattern-mismatch", parameter, value, pattern: parameter.pattern };
      }
      // Lengths in characters (code points), as JSON Schema counts them.
      const length = [...value].length;
      if (parameter.minLength !== undefined && length < parameter.minLength) {
        return { kind: "too-short", parameter, value, minLength: parameter.minLength };
      }
      if (parameter.maxLength !== undefined && length > parameter.maxLength) {
        return { kind: "too-long", parameter, value, maxLength: parameter.maxLength };
      }
      return undefined;
    }
  }
}
