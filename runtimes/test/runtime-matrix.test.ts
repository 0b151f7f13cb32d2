// The runtime matrix: the README's signed cancel, through the built client and
// signer, in every runtime sapi-kit claims to run on, against the loopback
// sandbox with HMAC, RSA and Ed25519 keys. Each runtime runs in its own
// process (or page); this process only starts the sandbox, launches the
// runtime and checks the sandbox's state afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bun } from "../launchers/bun.js";
import { deno } from "../launchers/deno.js";
import { LAUNCH_TIMEOUT_MS, type Launch, type RuntimeLauncher } from "../launchers/launcher.js";
import { hostNode, node22, node24 } from "../launchers/node.js";
import { workerd } from "../launchers/workerd.js";
import type { ScenarioInput } from "../scenario/scenario-types.js";
import { KEY_TYPES, type MatrixSandbox, startMatrixSandbox } from "./support/matrix-sandbox.js";

const LAUNCHERS: readonly RuntimeLauncher[] = [hostNode, node22, node24, bun, deno, workerd];

let matrix: MatrixSandbox;

beforeAll(async () => {
  matrix = await startMatrixSandbox();
});
afterAll(async () => {
  await matrix?.close();
});

describe.each(LAUNCHERS)("$title", (launcher) => {
  let input: ScenarioInput;
  let launched: Launch;

  beforeAll(async () => {
    input = matrix.prepare(launcher.id);
    launched = await launcher.launch(input);
  }, LAUNCH_TIMEOUT_MS + 10_000);

  it("ran in the runtime it was launched as", () => {
    expect(launched.report.runtime.name).toBe(launched.expected.name);
    expect(launched.report.runtime.version).toContain(launched.expected.version);
  });

  it.each(KEY_TYPES)("%s: the signed cancel executed exactly once and returned Binance's success body", (keyType) => {
    matrix.expectCancelledOnce(
      input,
      keyType,
      launched.report.cases.find((outcome) => outcome.keyType === keyType),
    );
  });
});
