// A usage error's message, for argv the parser must refuse (and a clear
// failure when it accepts them).
import { expect } from "vitest";
import { parseArgs } from "../../src/args/parse-args.js";
import { UsageError } from "../../src/args/usage-error.js";

export function usageErrorOf(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for: ${argv.join(" ")}`);
}
