// Runs the CLI in-process with captured output, and remembers everything it
// printed so a test file can prove no secret ever appeared in it.
import { runCli } from "../../src/index.js";

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function createCapturedCli() {
  let printed = "";
  return {
    async run(argv: string[], env: Record<string, string | undefined>, signal?: AbortSignal): Promise<CapturedRun> {
      let stdout = "";
      let stderr = "";
      const code = await runCli(argv, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env,
        ...(signal ? { signal } : {}),
      });
      printed += stdout + stderr;
      return { code, stdout, stderr };
    },
    /** Everything printed by every run so far. */
    get printed() {
      return printed;
    },
  };
}
