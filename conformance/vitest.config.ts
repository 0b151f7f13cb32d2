import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every test file: no connection leaves this machine, whatever a client tries.
    setupFiles: ["test/support/loopback-only.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // RSA key generation for the sandbox accounts (one took 7 s in a loaded run)
    // and third-party clients' first imports: seconds on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
