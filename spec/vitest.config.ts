import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Linting and bundling the spec with Redocly (in-process or as a child
    // process) takes a few seconds per run, many more on a busy 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    typecheck: { tsconfig: "./tsconfig.json" },
  },
});
