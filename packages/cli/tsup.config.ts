import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2022",
    platform: "node",
  },
  {
    // The executable is ESM only: it uses top-level await and is never require()d.
    entry: ["src/bin.ts"],
    format: ["esm"],
    target: "es2022",
    platform: "node",
  },
]);
