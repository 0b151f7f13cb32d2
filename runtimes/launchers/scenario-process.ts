// The host's half of passing the scenario through a process: the input goes
// in as one environment variable, the report comes back as one stdout line.
// Any output quoted in an error has the input's secrets blanked out first.
import { INPUT_VARIABLE, REPORT_PREFIX } from "../entries/scenario-io.mjs";
import type { ScenarioInput, ScenarioReport } from "../scenario/scenario-types.js";
import { runProcess } from "./run-process.js";

export interface ScenarioProcessOptions {
  readonly cwd: string;
  readonly timeoutMs: number;
  /** Extra environment for this runtime (e.g. HOME for Deno's cache). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function runScenarioProcess(
  command: string,
  args: readonly string[],
  input: ScenarioInput,
  options: ScenarioProcessOptions,
): Promise<ScenarioReport> {
  const result = await runProcess(command, args, {
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    env: { ...options.env, [INPUT_VARIABLE]: JSON.stringify(input) },
  });
  const line = result.stdout.split("\n").find((candidate) => candidate.startsWith(REPORT_PREFIX));
  if (result.timedOut || result.exitCode !== 0 || line === undefined) {
    const why = result.timedOut
      ? `did not finish within ${options.timeoutMs} ms`
      : `exited with ${result.exitCode ?? result.signal}${line === undefined ? " and no report" : ""}`;
    throw new Error(redact(`${command} ${why}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`, input));
  }
  return JSON.parse(line.slice(REPORT_PREFIX.length)) as ScenarioReport;
}

function tail(text: string): string {
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

/**
 * Blanks out every API secret and private key of the input (whole, and line by
 * line for PEMs; the stream round trip's secret too) and every signature (a
 * signed URL in a browser's CORS error, say).
 */
export function redact(text: string, input: ScenarioInput): string {
  const secrets = [...input.cases, input.stream].flatMap(({ apiSecret, privateKey }: { apiSecret?: string; privateKey?: string }) => [
    ...(apiSecret ? [apiSecret] : []),
    ...(privateKey ? [privateKey, ...privateKey.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"))] : []),
  ]);
  const withoutSecrets = secrets.reduce((redacted, secret) => redacted.split(secret).join("[redacted]"), text);
  return withoutSecrets.replace(/signature=[^&\s'"]*/gi, "signature=[redacted]");
}
