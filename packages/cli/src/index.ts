export { runCli } from "./run-cli.js";
export { parseArgs, type CancelOcoArgs, type Command } from "./parse-args.js";
export { ExitCode } from "./exit-codes.js";
export type { CliIo } from "./io.js";
export { type Locale, LOCALES } from "./messages.js";
