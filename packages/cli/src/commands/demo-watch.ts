// The demo's `sapi-kit margin watch &`: the watch command running beside the
// demo's steps on the same sandbox, its lines held back and printed after
// each step, once the stream has delivered that step's events (the
// listStatus of every list the step changed: each step's events end with
// them). So its lines come in the order things happened, the same on every run.
import { parseArgs } from "../args/parse-args.js";
import { ExitCode } from "../output/exit-codes.js";
import type { CliIo } from "../output/io.js";
import type { Locale } from "../output/messages/index.js";
import { DemoStepFailed } from "./demo-step-failed.js";
import { runWatch } from "./watch.js";

/** How long the demo waits for the stream before it gives up on a step (a failure, not a race: events take milliseconds). */
const STREAM_WAIT_MS = 30_000;

/** What marks the watch's lines among the demo's, like a shell's background job. */
const PREFIX = "[watch] ";

export interface DemoWatch {
  /** Waits until the stream reported a listStatus of each list named (by client id) since the last wait, then prints the watch's lines. */
  settle(listClientOrderIds: readonly string[]): Promise<void>;
  /** Ctrl-C for the watch: it unsubscribes and exits; its last lines are printed. */
  stop(): Promise<void>;
}

/** Starts the watch (`argv` as typed, `extra` the options the demo adds) and returns once it is subscribed. */
export async function startDemoWatch(argv: string[], extra: string[], locale: Locale, io: CliIo): Promise<DemoWatch> {
  const command = parseArgs([...argv, ...extra]);
  if (command.kind !== "watch") throw new DemoStepFailed(argv.join(" "));
  let held = "";
  const seen = new Set<string>();
  let subscribed = false;
  let wake: () => void = () => {};
  const interrupt = new AbortController();
  const flush = () => {
    for (const line of held.split("\n").slice(0, -1)) io.stdout(`${PREFIX}${line}\n`);
    held = held.slice(held.lastIndexOf("\n") + 1);
  };
  const running = runWatch(
    command.args,
    locale,
    { ...io, stdout: (text) => (held += text), signal: interrupt.signal },
    (message) => {
      if (message.type === "subscribed") subscribed = true;
      if (message.type === "event" && message.known && message.event.e === "listStatus") seen.add(message.event.C);
      wake();
    },
  );
  let exit: ExitCode | undefined;
  // A watch that ends by itself (or throws) fails the next wait; stop() reports how.
  running.then(
    (code) => {
      exit = code;
      wake();
    },
    () => {
      exit = ExitCode.failure;
      wake();
    },
  );

  /** Resolves once `done()` holds; fails when the watch has ended or the stream stays silent too long. */
  async function until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + STREAM_WAIT_MS;
    while (!done()) {
      if (exit !== undefined) throw new DemoStepFailed(`sapi-kit ${argv.join(" ")} (exit ${exit})`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new DemoStepFailed(what);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  await until(() => subscribed, `sapi-kit ${argv.join(" ")}: not subscribed`);
  flush();
  return {
    async settle(listClientOrderIds) {
      await until(() => listClientOrderIds.every((id) => seen.has(id)), `listStatus ${listClientOrderIds.join(", ")}`);
      seen.clear();
      flush();
    },
    async stop() {
      interrupt.abort("SIGINT");
      const code = await running;
      flush();
      if (code !== ExitCode.ok) throw new DemoStepFailed(`sapi-kit ${argv.join(" ")} (exit ${code})`);
    },
  };
}
