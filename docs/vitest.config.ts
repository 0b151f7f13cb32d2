import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // The browser test may install Chromium on first run; it sets its own, longer hook timeout.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser and sample runs spawn processes; keep them from competing on a 2-core machine.
    fileParallelism: false,
  },
});
