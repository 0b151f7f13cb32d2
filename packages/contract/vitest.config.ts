import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // Property tests run hundreds of queries: generous on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
