// `sapi-kit margin watch` run in-process and kept running: what it has
// printed so far, a wait for a line (generous deadline: a busy machine is
// slow, never wrong), and Ctrl-C.
import { runCli } from "../../src/index.js";

/** Long enough for a busy 2-core machine; the awaited lines come in milliseconds when it is idle. */
const WAIT_MS = 30_000;

export interface RunningWatch {
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout (or stderr) holds `text`; fails, showing both, if it never does. */
  until(text: string | RegExp, where?: "stdout" | "stderr"): Promise<void>;
  /** Ctrl-C (SIGINT), then its exit code. */
  interrupt(): Promise<number>;
  /** Its exit code, when it ends by itself. */
  readonly exited: Promise<number>;
}

export function startWatch(argv: string[], env: Record<string, string | undefined>, serverTime?: () => number): RunningWatch {
  let stdout = "";
  let stderr = "";
  const interrupt = new AbortController();
  const exited = runCli(["margin", "watch", ...argv], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    signal: interrupt.signal,
    ...(serverTime === undefined ? {} : { serverTime }),
  });
  let code: number | undefined;
  void exited.then((value) => {
    code = value;
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async until(text, where = "stdout") {
      const found = () => {
        const output = where === "stdout" ? stdout : stderr;
        return typeof text === "string" ? output.includes(text) : text.test(output);
      };
      const deadline = Date.now() + WAIT_MS;
      while (!found()) {
        if (code !== undefined || Date.now() > deadline) {
          throw new Error(`no ${String(text)} on ${where} (exit ${code ?? "-"})\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async interrupt() {
      interrupt.abort("SIGINT");
      return exited;
    },
  };
}
