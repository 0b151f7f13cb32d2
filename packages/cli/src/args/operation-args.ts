// Reads and checks the options of an order-list command against its
// operation's generated contract: every value by its wire type (decimal
// strings, whole numbers within the spec's limits, enum values, booleans),
// then the spec's required parameters, `x-required-one-of` groups and
// `x-parameter-rules`. Whatever fails is a usage error (exit 2) in the
// user's language, and nothing is sent.
import { randomBytes } from "node:crypto";
// The rule the sandbox applies (Binance's -1100 legal range, widened to letters and digits of any script):
// checked here too, so a typo is a usage error (exit 2) and never reaches the exchange.
import { SYMBOL } from "@sapi-kit/sandbox";
import { COMMAND_OVERRIDES } from "../contract/command-overrides.js";
import { isPlaceCommand, OPERATION_COMMANDS, type OperationCommandName } from "../contract/operation-commands.js";
import {
  callerParameters,
  contractOf,
  type OperationContract,
  type ParameterContract,
  type ParameterRule,
} from "../contract/operation-contract.js";
import { ISOLATED_OPTION, ISOLATED_PARAMETER, optionOf } from "../contract/option-names.js";
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

/** Decimal strings as the spec writes them when a parameter carries no pattern of its own. */
const DECIMAL = "^[0-9]+(\\.[0-9]+)?$";

/** The options of a command: one per caller-sent parameter; `--isolated` is a switch, the rest take a value. */
export function operationOptions(command: OperationCommandName): { values: string[]; switches: string[] } {
  const parameters = callerParameters(contractOf(OPERATION_COMMANDS[command].operationId));
  return {
    values: parameters.filter((p) => p.name !== ISOLATED_PARAMETER).map((p) => optionOf(p.name)),
    switches: parameters.some((p) => p.name === ISOLATED_PARAMETER) ? [ISOLATED_OPTION] : [],
  };
}

function readInteger(parameter: ParameterContract, option: string, raw: string, locale: Locale): number {
  const text = messages[locale];
  const { minimum, maximum } = parameter;
  if (!/^\d+$/.test(raw)) {
    throw new UsageError(
      minimum === undefined && maximum === undefined
        ? text.badInteger(option, raw)
        : messages[locale].badRange(option, raw, minimum, maximum),
    );
  }
  // Compare as BigInt: Number(raw) would already have rounded a huge value.
  if (BigInt(raw) > BigInt(Number.MAX_SAFE_INTEGER)) throw new UsageError(text.unsafeInteger(option));
  const value = Number(raw);
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    throw new UsageError(messages[locale].badRange(option, raw, minimum, maximum));
  }
  return value;
}

function readString(parameter: ParameterContract, option: string, raw: string, locale: Locale): string {
  const words = messages[locale];
  if (raw.trim() === "") throw new UsageError(messages[locale].emptyString(option));
  // The CLI's symbol rule is the one the sandbox applies and Binance quotes in -1100.
  if (parameter.name === "symbol" && !SYMBOL.test(raw)) throw new UsageError(messages[locale].badSymbol(raw));
  // Lengths in characters (code points), as JSON Schema and the sandbox count them.
  const length = [...raw].length;
  if (parameter.minLength !== undefined && length < parameter.minLength) throw new UsageError(words.tooShort(option, parameter.minLength));
  if (parameter.maxLength !== undefined && length > parameter.maxLength) throw new UsageError(words.tooLong(option, parameter.maxLength));
  if (parameter.pattern !== undefined && !new RegExp(parameter.pattern, "u").test(raw)) {
    throw new UsageError(words.badPattern(option, raw, parameter.pattern));
  }
  return raw;
}

/** One option's text, checked and converted to what travels. */
export function readParameter(parameter: ParameterContract, raw: string, locale: Locale): QueryValue {
  const option = optionOf(parameter.name);
  const words = messages[locale];
  switch (parameter.wire) {
    case "DECIMAL":
      // Kept as the exact text: a number would round, or print as 1e-7.
      if (!new RegExp(parameter.pattern ?? DECIMAL).test(raw)) throw new UsageError(words.badDecimal(option, raw));
      return raw;
    case "LONG":
    case "INT":
      return readInteger(parameter, option, raw, locale);
    case "ENUM":
      if (!parameter.enum?.includes(raw)) throw new UsageError(words.badEnum(option, raw, parameter.enum ?? []));
      return raw;
    case "BOOLEAN":
      if (raw !== "true" && raw !== "false") throw new UsageError(words.badBoolean(option, raw));
      return raw === "true";
    case "STRING":
      return readString(parameter, option, raw, locale);
  }
}

/** "Sent" as the spec defines it: present with a value (empty values were refused already). */
const isSent = (query: Record<string, QueryValue>, name: string) => query[name] !== undefined;

/** A rule's condition holds on the effective value: the one sent, else the parameter's default. */
function conditionHolds(contract: OperationContract, query: Record<string, QueryValue>, when: { parameter: string; in: readonly string[] }) {
  const value = query[when.parameter] ?? contract.parameters.find((p) => p.name === when.parameter)?.default;
  return value !== undefined && when.in.includes(String(value));
}

function checkRule(contract: OperationContract, rule: ParameterRule, query: Record<string, QueryValue>, locale: Locale) {
  const words = messages[locale];
  const options = (names: readonly string[]) => names.map(optionOf);
  switch (rule.kind) {
    case "requires": {
      const missing = rule.parameters.filter((name) => !isSent(query, name));
      if (isSent(query, rule.if) && missing.length > 0) throw new UsageError(words.requires(optionOf(rule.if), options(missing)));
      return;
    }
    case "excludes": {
      const present = rule.parameters.filter((name) => isSent(query, name));
      if (isSent(query, rule.if) && present.length > 0) throw new UsageError(words.excludes(optionOf(rule.if), options(present)));
      return;
    }
    case "required-when":
      if (conditionHolds(contract, query, rule.when) && !rule.parameters.some((name) => isSent(query, name))) {
        throw new UsageError(words.requiredWhen(options(rule.parameters), words.condition(optionOf(rule.when.parameter), rule.when.in)));
      }
      return;
    case "forbidden-when": {
      const present = rule.parameters.filter((name) => isSent(query, name));
      if (conditionHolds(contract, query, rule.when) && present.length > 0) {
        throw new UsageError(words.forbiddenWhen(options(present), words.condition(optionOf(rule.when.parameter), rule.when.in)));
      }
      return;
    }
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
  const words = messages[locale];
  const query: Record<string, QueryValue> = {};
  for (const parameter of callerParameters(contract)) {
    if (parameter.name === ISOLATED_PARAMETER) {
      if (switches.has(ISOLATED_OPTION)) query[parameter.name] = "TRUE";
      continue;
    }
    const raw = values.get(optionOf(parameter.name));
    if (raw !== undefined) query[parameter.name] = readParameter(parameter, raw, locale);
  }
  for (const parameter of callerParameters(contract)) {
    if (parameter.required && !isSent(query, parameter.name)) throw new UsageError(words.requiredOption(optionOf(parameter.name)));
  }
  COMMAND_OVERRIDES[command]?.checkQuery?.(query, words);
  for (const group of contract.requiredOneOf) {
    if (!group.some((name) => isSent(query, name))) throw new UsageError(words.needOneOf(group.map(optionOf)));
  }
  for (const rule of contract.rules) checkRule(contract, rule, query, locale);

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
