// The CLI as a function: argv in, exit code out. `bin.ts` wires it to the
// process; tests call it directly with captured output.
import { cancelOco } from "./commands/cancel-oco.js";
import { runDemo } from "./commands/demo.js";
import { ExitCode } from "./output/exit-codes.js";
import type { CliIo } from "./output/io.js";
import { type Locale, messages } from "./output/messages/index.js";
import { operationHelp } from "./output/operation-help.js";
import { isOperationCommand } from "./contract/operation-commands.js";
import { parseArgs, readLocale } from "./args/parse-args.js";
import { runOperation } from "./commands/operation.js";
import { runSandboxServer } from "./commands/sandbox.js";
import { UsageError } from "./args/usage-error.js";

/** The locale for an error message, falling back to English when --lang itself was the mistake. */
function localeOf(argv: string[]): Locale {
  try {
    return readLocale(argv);
  } catch {
    return "en";
  }
}

/** The margin command the user ran, if it is one: its help is the one to point at. */
function commandOf(argv: string[]): string | undefined {
  const index = argv.indexOf("margin");
  const command = index === -1 ? undefined : argv[index + 1];
  return command === "cancel-oco" || isOperationCommand(command) ? command : undefined;
}

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "overview":
        io.stdout(messages[command.locale].overview);
        return ExitCode.ok;
      case "help":
        io.stdout(command.command === "cancel-oco" ? messages[command.locale].help : operationHelp(command.command, command.locale));
        return ExitCode.ok;
      case "demo":
        return await runDemo(command.locale, io, runCli);
      case "sandbox":
        return await runSandboxServer(command.port, command.locale, io);
      case "cancel-oco":
        return await cancelOco(command.args, command.locale, io);
      case "operation":
        return await runOperation(command.args, command.locale, io);
    }
  } catch (error) {
    const text = messages[localeOf(argv)];
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${text.usageHint(commandOf(argv))}\n`);
      return ExitCode.usage;
    }
    // Only the message, with any user:password@ in a URL masked: an unexpected error's other fields are not ours to print.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\/\/[^/\s@]*@/g, "//***@");
    io.stderr(`${text.unexpected(message)}\n`);
    return ExitCode.failure;
  }
}
