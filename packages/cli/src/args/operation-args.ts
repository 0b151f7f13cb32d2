// Reads and checks the options of an order-list command against its
// operation's generated contract, with @sapi-kit/contract's checker (the one
// the sandbox enforces): every value by its wire type (decimal strings, whole
// numbers within the spec's limits, enum values, booleans), then the spec's
// required parameters, `x-required-one-of` groups and `x-parameter-rules`.
// Whatever fails is a usage error (exit 2) in the user's language, and
// nothing is sent.
import { randomBytes } from "node:crypto";
import { checkQuery, checkValue, type ValueViolation, type Violation } from "@sapi-kit/contract";
import { COMMAND_OVERRIDES } from "../contract/command-overrides.js";
import { isPlaceCommand, OPERATION_COMMANDS, type OperationCommandName } from "../contract/operation-commands.js";
import { callerParameters, contractOf, type OperationContract, type ParameterContract } from "../contract/operation-contract.js";
import { ISOLATED_OPTION, ISOLATED_PARAMETER, isolatedValue, optionOf } from "../contract/option-names.js";
import { type Locale, messages } from "../output/messages/index.js";
import { UsageError } from "./usage-error.js";

export type QueryValue = string | number | boolean;

export interface OperationArgs {
  command: OperationCommandName;
  contract: OperationContract;
  /** What is sent, in the spec's parameter order (the order the signer signs). */
  query: Record<string, QueryValue>;
  /** Set when the CLI chose the listClientOrderId of a new list (none was given). */
  generatedListClientOrderId?: string;
  baseUrl?: string;
  sandbox: boolean;
  json: boolean;
}

/** The options of a command: one per caller-sent parameter; `--isolated` is a switch, the rest take a value. */
export function operationOptions(command: OperationCommandName): { values: string[]; switches: string[] } {
  const parameters = callerParameters(contractOf(OPERATION_COMMANDS[command].operationId));
  return {
    values: parameters.filter((p) => p.name !== ISOLATED_PARAMETER).map((p) => optionOf(p.name)),
    switches: parameters.some((p) => p.name === ISOLATED_PARAMETER) ? [ISOLATED_OPTION] : [],
  };
}

/** Integers travel as JS numbers: beyond 2^53 one would be rounded, so the CLI refuses it. */
const isUnsafe = (digits: string) => BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER);

/** A value the checker refused, worded for the command line. */
function valueMessage(violation: ValueViolation, option: string, locale: Locale): string {
  const words = messages[locale];
  const { parameter, value } = violation;
  const notWhole = () =>
    parameter.minimum === undefined && parameter.maximum === undefined
      ? words.badInteger(option, value)
      : words.badRange(option, value, parameter.minimum, parameter.maximum);
  switch (violation.kind) {
    case "not-an-integer":
      return notWhole();
    case "too-many-digits":
      return isUnsafe(value) ? words.unsafeInteger(option) : notWhole();
    case "out-of-range":
      return isUnsafe(value) ? words.unsafeInteger(option) : words.badRange(option, value, violation.minimum, violation.maximum);
    case "not-a-decimal":
      return words.badDecimal(option, value);
    case "invalid-enum":
      return words.badEnum(option, value, violation.allowed);
    case "not-a-boolean":
      return words.badBoolean(option, value);
    case "bad-format":
      // The CLI's symbol message explains the rule; other formats quote the legal range, as Binance does.
      return violation.format === "symbol" ? words.badSymbol(value) : words.badPattern(option, value, violation.legalRange);
    case "pattern-mismatch":
      return words.badPattern(option, value, violation.pattern);
    case "too-short":
      return words.tooShort(option, violation.minLength);
    case "too-long":
      return words.tooLong(option, violation.maxLength);
  }
}

/** Any violation of a whole query, worded for the command line. */
function violationMessage(violation: Violation, locale: Locale): string {
  const words = messages[locale];
  switch (violation.kind) {
    case "missing":
      return words.requiredOption(optionOf(violation.parameter.name));
    case "unknown":
      // The option parser refuses unknown options first; kept for completeness.
      return words.unknownOption(optionOf(violation.names[0] ?? ""));
    case "required-one-of":
      return words.needOneOf(violation.group.map(optionOf));
    case "rule":
      return ruleMessage(violation, locale);
    case "span-too-long":
      return words.spanTooLong(optionOf(violation.rule.from), optionOf(violation.rule.to), violation.rule.maximum);
    default:
      return valueMessage(violation, optionOf(violation.parameter.name), locale);
  }
}

function ruleMessage({ rule, parameters }: Extract<Violation, { kind: "rule" }>, locale: Locale): string {
  const words = messages[locale];
  const options = (names: readonly string[]) => names.map(optionOf);
  switch (rule.kind) {
    case "requires":
      return words.requires(optionOf(rule.if), options(parameters));
    case "excludes":
      return words.excludes(optionOf(rule.if), options(parameters));
    case "required-when":
      return words.requiredWhen(options(rule.parameters), words.condition(optionOf(rule.when.parameter), rule.when.in));
    case "forbidden-when":
      return words.forbiddenWhen(options(parameters), words.condition(optionOf(rule.when.parameter), rule.when.in));
  }
}

/**
 * One option's text, checked and converted to what travels. `method` is the
 * operation's: a placement's client order ids have Binance's format.
 */
export function readParameter(parameter: ParameterContract, raw: string, locale: Locale, method?: OperationContract["method"]): QueryValue {
  const option = optionOf(parameter.name);
  const words = messages[locale];
  // Blank text is a slip at the shell, not a value: refused here, though Binance would read " " as one.
  if (parameter.wire === "STRING" && raw.trim() === "") throw new UsageError(words.emptyString(option));
  const violation = checkValue(parameter, raw, method);
  if (violation) throw new UsageError(valueMessage(violation, option, locale));
  switch (parameter.wire) {
    case "LONG":
    case "INT":
      if (isUnsafe(raw)) throw new UsageError(words.unsafeInteger(option));
      return Number(raw);
    case "BOOLEAN":
      return raw.toLowerCase() === "true";
    default:
      // Decimals too are kept as the exact text: a number would round, or print as 1e-7.
      return raw;
  }
}

/** A client id for a new list when the user gave none: 24 characters Binance accepts in any client id. */
function newListClientOrderId(): string {
  return `sapi-kit-${randomBytes(12).toString("base64url").replace(/[-_]/g, "0").slice(0, 15)}`;
}

export function parseOperationArgs(
  command: OperationCommandName,
  values: Map<string, string>,
  switches: Set<string>,
  common: { baseUrl?: string; sandbox: boolean; json: boolean },
  locale: Locale,
): OperationArgs {
  const contract = contractOf(OPERATION_COMMANDS[command].operationId);
  const query: Record<string, QueryValue> = {};
  for (const parameter of callerParameters(contract)) {
    if (parameter.name === ISOLATED_PARAMETER) {
      if (switches.has(ISOLATED_OPTION)) query[parameter.name] = isolatedValue(parameter);
      continue;
    }
    const raw = values.get(optionOf(parameter.name));
    if (raw !== undefined) query[parameter.name] = readParameter(parameter, raw, locale, contract.method);
  }
  // Every value is valid by now: what is left are the required options, the one-of groups and the rules,
  // in that order (the checker's); a command's own check comes once the required options are there.
  const signerManaged = contract.parameters.filter((parameter) => parameter.signerManaged).map((parameter) => parameter.name);
  const onTheWire = Object.fromEntries(Object.entries(query).map(([name, value]) => [name, String(value)]));
  const [violation] = checkQuery(contract, onTheWire, { skip: signerManaged });
  if (violation?.kind === "missing") throw new UsageError(violationMessage(violation, locale));
  COMMAND_OVERRIDES[command]?.checkQuery?.(query, messages[locale]);
  if (violation) throw new UsageError(violationMessage(violation, locale));

  const args: OperationArgs = { command, contract, query, ...common };
  // A TRADE call whose outcome is unknown must be findable: name the new list ourselves.
  if (isPlaceCommand(command) && query.listClientOrderId === undefined && contract.parameters.some((p) => p.name === "listClientOrderId")) {
    args.generatedListClientOrderId = newListClientOrderId();
    // Keep the spec's order: rebuild the query with the id where the spec declares it.
    args.query = Object.fromEntries(
      callerParameters(contract)
        .map((p) => [p.name, p.name === "listClientOrderId" ? args.generatedListClientOrderId : query[p.name]] as const)
        .filter((entry): entry is readonly [string, QueryValue] => entry[1] !== undefined),
    );
  }
  return args;
}
