import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SEED_FILE_NAME, SEED_PATH } from "./support/seed.js";

// The seed lives outside the repository on the machine it was written on;
// the copy in spec/seed is what the tests and docs read.
const SHARED_SEED = fileURLToPath(new URL(`../../../shared/seed/${SEED_FILE_NAME}`, import.meta.url));

describe("seed copy", () => {
  it("is byte for byte the shared seed", ({ skip }) => {
    if (!existsSync(SHARED_SEED)) {
      skip(`../shared/seed/${SEED_FILE_NAME} is absent on this machine; nothing to compare the copy with.`);
    }
    expect(readFileSync(SEED_PATH).equals(readFileSync(SHARED_SEED))).toBe(true);
  });
});
