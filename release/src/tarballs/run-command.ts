import { spawn } from "node:child_process";

export type CommandResult = { status: number; stdout: string; stderr: string };

/**
 * Runs a command without a shell and collects its output. npm/pnpm
 * configuration inherited from the outer `pnpm run` (npm_config_*,
 * npm_package_*) is dropped so the inner command sees a clean slate.
 */
export function runCommand(command: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<CommandResult> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_") && key !== "NODE_OPTIONS"),
  );
  Object.assign(env, { npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" });
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

export async function mustRun(command: string, args: string[], cwd: string, timeoutMs?: number): Promise<string> {
  const result = await runCommand(command, args, cwd, timeoutMs);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}
