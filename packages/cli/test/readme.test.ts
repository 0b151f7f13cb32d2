// The README's "try it" lines are run exactly as written, so they cannot rot.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExitCode, runCli } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const block = /<!-- tested-example: cli -->\n```sh\n([\s\S]*?)```\n<!-- \/tested-example -->/.exec(readme)?.[1] ?? "";
const commands = block.split("\n").filter((line) => line.startsWith("sapi-kit "));

describe("README examples", () => {
  it("has a tested example block", () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
  });

  it.each(commands)("%s", async (command) => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(command.split(" ").slice(1), {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      env: {},
    });
    expect({ code, stderr: code === ExitCode.ok ? "" : stderr }).toEqual({ code: ExitCode.ok, stderr: "" });
    expect(stdout.length).toBeGreaterThan(0);
  });
});
