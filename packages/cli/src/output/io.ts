/** The process environment, where the credentials are read from. */
export type Environment = Record<string, string | undefined>;

/** Where the CLI writes and what it reads: injectable so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Environment;
  /**
   * Aborted when the user interrupts (bin.ts wires it to SIGINT): the request in flight is abandoned and
   * reported as unknown, and `sapi-kit sandbox` stops (it runs until this signal aborts).
   */
  signal?: AbortSignal;
}
