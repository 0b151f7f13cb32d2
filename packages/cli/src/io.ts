import type { Environment } from "./credentials.js";

/** Where the CLI writes and what it reads: injectable so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Environment;
}
