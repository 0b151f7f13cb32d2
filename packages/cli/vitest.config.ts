import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Most tests start the built CLI as a child process, or run a sandbox and
    // create accounts: seconds each on a busy 2-core machine, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
