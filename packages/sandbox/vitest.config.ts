import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // RSA key generation for test accounts, property tests and 1,000-request load
    // runs take seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
