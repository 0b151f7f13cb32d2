// Turns argv into a validated command. Hand-written rather than node:util's
// parseArgs so that every message, including "unknown option", is localized
// and every bad value is rejected before anything touches the network.

import { isOperationCommand, OPERATION_COMMANDS, type OperationCommandName } from "../contract/operation-commands.js";
import { LOCALES, type Locale, messages } from "../output/messages/index.js";
import { parseBaseUrl } from "./base-url.js";
import { type OperationArgs, operationOptions, parseOperationArgs } from "./operation-args.js";
import { UsageError } from "./usage-error.js";
import { parseWatchArgs, readWatchUrls, WATCH_OPTIONS, type WatchArgs } from "./watch-args.js";

export type Command =
  | { kind: "overview"; locale: Locale }
  | { kind: "help"; locale: Locale; command: "sandbox" | "demo" | "watch" | OperationCommandName }
  | { kind: "demo"; locale: Locale }
  | { kind: "sandbox"; locale: Locale; port: number }
  | { kind: "operation"; locale: Locale; args: OperationArgs }
  | { kind: "watch"; locale: Locale; args: WatchArgs };

/** `sapi-kit margin watch`: the user data stream (not an operation of the REST spec). */
export const WATCH_COMMAND = "watch";

/** Options every margin command takes. */
const COMMON_VALUES = ["--base-url", "--lang"];
const COMMON_SWITCHES = ["--sandbox", "--json", "--help"];

/** The options each command accepts; anything else is "unknown option" for that command. */
const COMMAND_OPTIONS: Record<string, { values: string[]; switches: string[] }> = Object.fromEntries(
  Object.keys(OPERATION_COMMANDS).map((name) => [name, operationOptions(name as OperationCommandName)]),
);

// Which tokens take a value is decided over every command at once, so a
// value is never mistaken for the command name wherever it appears.
const VALUE_OPTIONS = new Set([...COMMON_VALUES, "--port", ...WATCH_OPTIONS.values, ...Object.values(COMMAND_OPTIONS).flatMap((o) => o.values)]);
const FLAG_OPTIONS = new Set([...COMMON_SWITCHES, "-h", ...WATCH_OPTIONS.switches, ...Object.values(COMMAND_OPTIONS).flatMap((o) => o.switches)]);

/**
 * Splits `--name=value` and `--name value` forms into one map of options (the last value of an option
 * given twice), and every value of each option in order for the options a command may repeat.
 */
function readOptions(argv: string[], locale: Locale) {
  const text = messages[locale];
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith("-")) {
      positional.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const name = eq === -1 ? token : token.slice(0, eq);
    if (FLAG_OPTIONS.has(name)) {
      // `--json=true` reads like a value that could be false; a switch is only ever present or absent.
      if (eq !== -1) throw new UsageError(text.flagTakesNoValue(name));
      flags.add(name === "-h" ? "--help" : name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? argv[++i] : token.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new UsageError(text.missingValue(name));
      values.set(name, value);
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
    } else {
      throw new UsageError(text.unknownOption(name));
    }
  }
  return { values, repeated, flags, positional };
}

/** The locale is read first so that every later error speaks the user's language. */
export function readLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    const value = token === "--lang" ? argv[i + 1] : token.startsWith("--lang=") ? token.slice(7) : undefined;
    if (value === undefined) continue;
    if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
    throw new UsageError(messages.en.badLocale(value));
  }
  return "en";
}

/** Refuses any option the command does not take (they are all known to some command). */
function onlyOptionsOf(
  allowed: { values: string[]; switches: string[] },
  values: Map<string, string>,
  flags: Set<string>,
  locale: Locale,
  common = [...COMMON_VALUES, ...COMMON_SWITCHES],
) {
  const accepted = new Set([...allowed.values, ...allowed.switches, ...common]);
  for (const option of [...values.keys(), ...flags]) {
    if (!accepted.has(option)) throw new UsageError(messages[locale].unknownOption(option));
  }
}

function parsePort(raw: string | undefined, locale: Locale): number {
  if (raw === undefined) return 0;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(messages[locale].badPort(raw));
  return port;
}

export function parseArgs(argv: string[]): Command {
  const locale = readLocale(argv);
  const text = messages[locale];
  const { values, repeated, flags, positional } = readOptions(argv, locale);
  const [group, command, ...extra] = positional;

  if ((group === "demo" || group === "sandbox") && command === undefined && flags.has("--help")) return { kind: "help", locale, command: group };
  if (group === "demo" && command === undefined) {
    onlyOptionsOf({ values: [], switches: [] }, values, flags, locale, ["--lang"]);
    return { kind: "demo", locale };
  }
  if (group === "sandbox" && command === undefined) {
    onlyOptionsOf({ values: ["--port"], switches: [] }, values, flags, locale, ["--lang"]);
    return { kind: "sandbox", locale, port: parsePort(values.get("--port"), locale) };
  }
  if (positional.length === 0 || (group === undefined && flags.has("--help"))) return { kind: "overview", locale };
  if (group === "margin" && command === WATCH_COMMAND && extra.length === 0) {
    if (flags.has("--help")) return { kind: "help", locale, command: WATCH_COMMAND };
    onlyOptionsOf(WATCH_OPTIONS, values, flags, locale);
    const sandbox = flags.has("--sandbox");
    const urls = readWatchUrls(values.get("--base-url"), values.get("--stream-url"), sandbox, locale);
    return { kind: "watch", locale, args: parseWatchArgs(repeated.get("--symbol") ?? [], values.get("--validity"), flags, { ...urls, sandbox, json: flags.has("--json") }, locale) };
  }
  const known = group === "margin" && extra.length === 0 && isOperationCommand(command);
  if (!known) {
    if (flags.has("--help")) return { kind: "overview", locale };
    throw new UsageError(text.unknownCommand(positional.join(" ")));
  }
  if (flags.has("--help")) return { kind: "help", locale, command };
  onlyOptionsOf(COMMAND_OPTIONS[command] as { values: string[]; switches: string[] }, values, flags, locale);
  const rawBaseUrl = values.get("--base-url");
  // --sandbox starts its own server: a base URL next to it would be silently ignored.
  if (flags.has("--sandbox") && rawBaseUrl !== undefined) throw new UsageError(text.sandboxWithBaseUrl);
  const common = {
    sandbox: flags.has("--sandbox"),
    json: flags.has("--json"),
    ...(rawBaseUrl === undefined ? {} : { baseUrl: parseBaseUrl(rawBaseUrl, "--base-url", locale) }),
  };
  return { kind: "operation", locale, args: parseOperationArgs(command, values, flags, common, locale) };
}
