import { afterEach } from "vitest";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../src/index.js";
import { assertEveryResponseMatchesSpec } from "./response-validator.js";

const running = new Set<Sandbox>();

/**
 * Starts a sandbox that is closed after the test and whose every response is
 * validated against the spec then (the test fails if one does not match).
 */
export async function startTestSandbox(options?: SandboxOptions): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  running.add(sandbox);
  return sandbox;
}

afterEach(async () => {
  const sandboxes = [...running];
  running.clear();
  try {
    for (const sandbox of sandboxes) assertEveryResponseMatchesSpec(sandbox);
  } finally {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  }
});
