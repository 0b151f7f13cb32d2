// The runtime matrix: the README's quick start (place an OCO, then cancel it
// by its listClientOrderId) with a query between, through the built client and signer, in every runtime sapi-kit
// claims to run on, against the loopback sandbox with HMAC, RSA and Ed25519 keys; then the user data stream's
// subscribe-place-fill round trip through the built @sapi-kit/stream. Each runtime runs in its own
// process (or browser page); this process only starts the sandbox, launches
// the runtime and checks the sandbox's state afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";
import { bun } from "../launchers/bun.js";
import { chromiumLauncher } from "../launchers/chromium.js";
import { deno } from "../launchers/deno.js";
import { LAUNCH_TIMEOUT_MS, type Launch, type RuntimeLauncher } from "../launchers/launcher.js";
import { hostNode, node22, node24 } from "../launchers/node.js";
import { type ScenarioPage, startScenarioPage } from "../launchers/scenario-page.js";
import { workerd } from "../launchers/workerd.js";
import type { ScenarioInput } from "../scenario/scenario-types.js";
import { KEY_TYPES, type MatrixSandbox, startMatrixSandbox } from "./support/matrix-sandbox.js";

let page: ScenarioPage | undefined;
let matrix: MatrixSandbox;

const chromiumPage = chromiumLauncher(() => {
  if (!page) throw new Error("the scenario page is not served");
  return page;
});

const LAUNCHERS: readonly RuntimeLauncher[] = [hostNode, node22, node24, bun, deno, workerd, chromiumPage];

beforeAll(async () => {
  // Chromium may have to be installed first (minutes, once per machine).
  ensureChromium();
  // The page's origin must be known before the sandbox starts: it is the one origin its CORS mode allows.
  page = await startScenarioPage();
  matrix = await startMatrixSandbox({ cors: { origin: page.origin } });
}, 15 * 60_000);
afterAll(async () => {
  await matrix?.close();
  await page?.close();
});

describe.each(LAUNCHERS)("$title", (launcher) => {
  let input: ScenarioInput;
  let launched: Launch;

  beforeAll(async () => {
    input = matrix.prepare(launcher.id);
    const stopFilling = matrix.fillStreamOcoWhenPlaced(input);
    try {
      launched = await launcher.launch(input);
    } finally {
      stopFilling();
    }
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
      launcher.crossOrigin === true,
    );
  });

  it(`stream: subscribed, placed an OCO, received exactly its fill's events, closed; through ${launcher.webSocket === "ws" ? "ws (no platform WebSocket)" : "the platform WebSocket"}`, () => {
    matrix.expectStreamRoundTrip(input, launched.report.stream, launcher.webSocket);
  });

  it.each(KEY_TYPES)("%s: placed an OCO and queried it while open; the sandbox holds exactly that list", (keyType) => {
    matrix.expectPlacedAndQueried(
      input,
      keyType,
      launched.report.cases.find((outcome) => outcome.keyType === keyType),
      launcher.crossOrigin === true,
    );
  });
});
