// `sapi-kit margin <command> --help` for the order-list commands, written
// from the operation's generated contract: every option the spec defines,
// what it takes, whether it is required, and the spec's conditional rules in
// words. A parameter added to the spec shows up here with no edit.

import { COMMAND_OVERRIDES } from "../contract/command-overrides.js";
import { isPlaceCommand, OPERATION_COMMANDS, type OperationCommandName } from "../contract/operation-commands.js";
import { callerParameters, contractOf, type ParameterContract } from "../contract/operation-contract.js";
import { ISOLATED_PARAMETER, isolatedValue, optionOf } from "../contract/option-names.js";
import { type Locale, messages } from "./messages/index.js";

const PLACEHOLDER: Record<Locale, { decimal: string; integer: string; text: string }> = {
  en: { decimal: "DECIMAL", integer: "N", text: "TEXT" },
  "zh-CN": { decimal: "十进制数", integer: "N", text: "文本" },
};

const COLUMN = 36;

/** Terminal width of a string: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** `head` then `notes` in the second column, or on the next line when `head` is too wide. */
function columns(head: string, notes: string): string {
  const width = displayWidth(head);
  return width < COLUMN ? `${head}${" ".repeat(COLUMN - width)}${notes}` : `${head}\n${" ".repeat(COLUMN)}${notes}`;
}

function optionLine(parameter: ParameterContract, locale: Locale): string {
  const words = messages[locale];
  const option = optionOf(parameter.name);
  if (parameter.name === ISOLATED_PARAMETER) return columns(`  ${option}`, words.isolatedSwitch(isolatedValue(parameter)));
  const placeholder = PLACEHOLDER[locale];
  const value =
    parameter.wire === "ENUM"
      ? (parameter.enum ?? []).join("|")
      : parameter.wire === "DECIMAL"
        ? placeholder.decimal
        : parameter.wire === "BOOLEAN"
          ? words.booleanValue
          : parameter.wire === "STRING"
            ? placeholder.text
            : placeholder.integer;
  const notes = [
    ...(parameter.required ? [words.required] : []),
    ...(parameter.wire === "DECIMAL" ? [words.decimalValue] : []),
    ...(parameter.wire === "LONG" || parameter.wire === "INT"
      ? [words.integerValue(parameter.minimum, parameter.maximum)]
      : []),
  ];
  const head = `  ${option} ${value}`;
  return notes.length === 0 ? head : columns(head, notes.join(words.noteSeparator));
}

function ruleLines(command: OperationCommandName, locale: Locale): string[] {
  const contract = contractOf(OPERATION_COMMANDS[command].operationId);
  const words = messages[locale];
  const options = (names: readonly string[]) => names.map(optionOf);
  const lines = contract.requiredOneOf.map((group) => words.ruleRequiredOneOf(options(group)));
  for (const rule of contract.rules) {
    switch (rule.kind) {
      case "requires":
        lines.push(words.ruleRequires(optionOf(rule.if), options(rule.parameters)));
        break;
      case "excludes":
        lines.push(words.ruleExcludes(optionOf(rule.if), options(rule.parameters)));
        break;
      case "required-when":
        lines.push(words.requiredWhen(options(rule.parameters), words.condition(optionOf(rule.when.parameter), rule.when.in)));
        break;
      case "forbidden-when":
        lines.push(words.forbiddenWhen(options(rule.parameters), words.condition(optionOf(rule.when.parameter), rule.when.in)));
        break;
      case "max-span":
        lines.push(words.spanTooLong(optionOf(rule.from), optionOf(rule.to), rule.maximum));
        break;
    }
  }
  return lines.map((line) => `  ${line}`);
}

export function operationHelp(command: OperationCommandName, locale: Locale): string {
  const words = messages[locale];
  const own = COMMAND_OVERRIDES[command]?.help;
  if (own) return own(words);
  const contract = contractOf(OPERATION_COMMANDS[command].operationId);
  const rules = ruleLines(command, locale);
  return [
    words.usageLine(command),
    "",
    words.summary[command],
    "",
    words.optionsHeading,
    ...callerParameters(contract).map((parameter) => optionLine(parameter, locale)),
    ...(rules.length === 0 ? [] : ["", words.rulesHeading, ...rules]),
    "",
    words.commonOptions,
    "",
    isPlaceCommand(command) ? words.placeNotes : words.queryNotes,
    "",
    words.exitCodes,
    "",
  ].join("\n");
}
