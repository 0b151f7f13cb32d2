export { runCli } from "./run-cli.js";
export { parseArgs, type Command } from "./args/parse-args.js";
export type { OperationArgs } from "./args/operation-args.js";
export { ExitCode } from "./output/exit-codes.js";
export type { CliIo } from "./output/io.js";
export { type Locale, LOCALES } from "./output/messages/index.js";
