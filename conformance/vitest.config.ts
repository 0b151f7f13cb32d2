import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every test file: no connection leaves this machine, whatever a client tries.
    setupFiles: ["test/support/loopback-only.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // RSA key generation for the sandbox accounts takes a moment on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
