import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // attw (a TypeScript program per resolution mode), publint, installed
    // tarballs run as child processes, a walk over every tracked file: tens of
    // seconds each on a busy 2-core machine. The packing and installing hooks
    // set their own, longer timeouts.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
