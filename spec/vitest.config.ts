import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Linting and bundling the spec with Redocly takes a few seconds per run.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    typecheck: { tsconfig: "./tsconfig.json" },
  },
});
