import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cancelOcoOperation, readSourceSpec } from "./support/spec-document.js";

const SAMPLE_PATH = new URL("../samples/cancel-oco.ts", import.meta.url);

describe("x-codeSamples", () => {
  const samples = cancelOcoOperation(readSourceSpec())["x-codeSamples"];

  it("shows the TypeScript sample that lives in spec/samples/cancel-oco.ts, unchanged", () => {
    expect(samples).toHaveLength(1);
    expect(samples[0].lang).toBe("TypeScript");
    expect(samples[0].source).toBe(readFileSync(SAMPLE_PATH, "utf8"));
  });

  it("uses the public API from design.md and leaves timestamp and signature to the signer", () => {
    const source: string = samples[0].source;
    for (const call of ["createClient(", "createSigner(", "client.use(", 'client.DELETE("/sapi/v1/margin/orderList"']) {
      expect(source).toContain(call);
    }
    expect(source).not.toMatch(/timestamp:|signature:/);
  });
});
