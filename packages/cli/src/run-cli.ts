// The CLI as a function: argv in, exit code out. `bin.ts` wires it to the
// process; tests call it directly with captured output.

import { parseArgs, readLocale, WATCH_COMMAND } from "./args/parse-args.js";
import { UsageError } from "./args/usage-error.js";
import { runDemo } from "./commands/demo.js";
import { runOperation } from "./commands/operation.js";
import { runSandboxServer } from "./commands/sandbox.js";
import { isOperationCommand, type OperationCommandName } from "./contract/operation-commands.js";
import { ExitCode } from "./output/exit-codes.js";
import type { CliIo } from "./output/io.js";
import { type Locale, messages } from "./output/messages/index.js";
import { operationHelp } from "./output/operation-help.js";

/** The locale for an error message, falling back to English when --lang itself was the mistake. */
function localeOf(argv: string[]): Locale {
  try {
    return readLocale(argv);
  } catch {
    return "en";
  }
}

/** The command the user ran ("margin cancel-oco", "sandbox"...), if it is one: its help is the one to point at. */
function commandOf(argv: string[]): string | undefined {
  const index = argv.indexOf("margin");
  const command = index === -1 ? undefined : argv[index + 1];
  if (isOperationCommand(command) || command === WATCH_COMMAND) return `margin ${command}`;
  return argv.find((token) => token === "sandbox" || token === "demo");
}

/** The help text of one command. */
function helpOf(command: "sandbox" | "demo" | typeof WATCH_COMMAND | OperationCommandName, locale: Locale): string {
  const text = messages[locale];
  if (command === "sandbox") return text.sandboxHelp;
  if (command === WATCH_COMMAND) return text.watch.help;
  if (command === "demo") return text.demoHelp;
  return operationHelp(command, locale);
}

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "overview":
        io.stdout(messages[command.locale].overview);
        return ExitCode.ok;
      case "help":
        io.stdout(helpOf(command.command, command.locale));
        return ExitCode.ok;
      case "demo":
        return await runDemo(command.locale, io, runCli);
      case "sandbox":
        return await runSandboxServer(command.port, command.locale, io);
      case "operation":
        return await runOperation(command.args, command.locale, io);
      case "watch": {
        // Loaded here: the stream client (and its WebSocket) is for the watch alone, not every command's start.
        const { runWatch } = await import("./commands/watch.js");
        return await runWatch(command.args, command.locale, io);
      }
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
