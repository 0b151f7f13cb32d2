// The CLI as a function: argv in, exit code out. `bin.ts` wires it to the
// process; tests call it directly with captured output.
import { cancelOco } from "./cancel-oco.js";
import { runDemo } from "./demo.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { type Locale, messages } from "./messages.js";
import { parseArgs, readLocale } from "./parse-args.js";
import { UsageError } from "./usage-error.js";

/** The locale for an error message, falling back to English when --lang itself was the mistake. */
function localeOf(argv: string[]): Locale {
  try {
    return readLocale(argv);
  } catch {
    return "en";
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        io.stdout(messages[command.locale].help);
        return ExitCode.ok;
      case "demo":
        return await runDemo(command.locale, io);
      case "cancel-oco":
        return await cancelOco(command.args, command.locale, io);
    }
  } catch (error) {
    const text = messages[localeOf(argv)];
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${text.usageHint}\n`);
      return ExitCode.usage;
    }
    // Only the message, with any user:password@ in a URL masked: an unexpected error's other fields are not ours to print.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\/\/[^/\s@]*@/g, "//***@");
    io.stderr(`${text.unexpected(message)}\n`);
    return ExitCode.failure;
  }
}
