import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // RSA key generation for the sandbox's accounts takes a moment on a busy machine.
    hookTimeout: 30_000,
    // Bundling with esbuild and reading a launched runtime's report take seconds on a busy 2-core machine.
    testTimeout: 60_000,
    // Every file launches runtime processes: keep them from competing on a 2-core machine.
    fileParallelism: false,
  },
});
