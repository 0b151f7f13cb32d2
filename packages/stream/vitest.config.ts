import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The property tests run thousands of generated frames and the end-to-end
    // tests start a sandbox: seconds on a busy 2-core machine, where vitest's
    // default of 5 s timed one out while a second `npm test` shared the cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
