import { defineConfig } from "tsup";

// Data and pure functions only: no Node API, so one neutral build serves Node, browsers and the CLI.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
