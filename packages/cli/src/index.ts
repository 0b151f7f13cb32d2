export type { OperationArgs } from "./args/operation-args.js";
export { type Command, parseArgs } from "./args/parse-args.js";
export { ExitCode } from "./output/exit-codes.js";
export type { CliIo } from "./output/io.js";
export { LOCALES, type Locale } from "./output/messages/index.js";
export { runCli } from "./run-cli.js";
