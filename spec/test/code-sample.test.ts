import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleLocale, SPEC_DIR } from "../scripts/locale-bundles.mjs";
import { type Json, readSourceSpec, SOURCE_PATH } from "./support/spec-document.js";

// Every operation a user calls (the /sapi ones; /api/v3/time is the signer's
// clock read) shows one TypeScript sample, and that sample has one home: a
// file in spec/samples/, which the spec references and the bundles inline. The
// docs suite type-checks and runs each of these files against the sandbox.
const SAMPLES_DIR = join(SPEC_DIR, "samples");
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

type Operation = { method: string; path: string; operationId: string; node: Json };

function userOperations(document: Json): Operation[] {
  return Object.entries(document.paths as Record<string, Json>)
    .filter(([path]) => path.startsWith("/sapi/"))
    .flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method]).map((method) => ({ method, path, operationId: item[method].operationId, node: item[method] })),
    );
}

// As written (the loader inlines the samples, as the bundler does).
const operations = userOperations(parse(readFileSync(SOURCE_PATH, "utf8")));
let bundled: Json;

beforeAll(async () => {
  bundled = (await bundleLocale("en")).document;
}, 120_000);

describe("x-codeSamples: one sample per operation, kept in spec/samples/", () => {
  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    "%s references its sample file",
    (_id, operation) => {
      const samples = operation.node["x-codeSamples"];
      expect(samples, `${operation.operationId} has no x-codeSamples: add spec/samples/<name>.ts and reference it`).toHaveLength(1);
      expect(samples[0]).toMatchObject({ lang: "TypeScript", label: "TypeScript" });
      const ref = samples[0].source?.$ref;
      expect(ref, "the sample is a $ref to its file, not a copy of it").toMatch(/^\.\/samples\/[a-z0-9-]+\.ts$/);
      expect(existsSync(join(SPEC_DIR, ref))).toBe(true);
    },
  );

  it("every file in spec/samples/ is the sample of exactly one operation", () => {
    const referenced = operations.map((operation) => operation.node["x-codeSamples"]?.[0]?.source?.$ref);
    const files = readdirSync(SAMPLES_DIR).filter((file) => file.endsWith(".ts"));
    expect(files.map((file) => `./samples/${file}`).sort()).toEqual([...referenced].sort());
  });

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    "%s: the bundle and the spec loader show the file's text, calling its own method and path through the public API",
    (_id, operation) => {
      const file = join(SPEC_DIR, operation.node["x-codeSamples"][0].source.$ref);
      const text = readFileSync(file, "utf8");
      expect(bundled.paths[operation.path][operation.method]["x-codeSamples"][0].source).toBe(text);
      expect(readSourceSpec().paths[operation.path][operation.method]["x-codeSamples"][0].source).toBe(text);
      for (const call of ["createClient(", "createSigner(", "client.use(", `client.${operation.method.toUpperCase()}("${operation.path}"`]) {
        expect(text).toContain(call);
      }
      // timestamp and signature are the signer's.
      expect(text).not.toMatch(/timestamp:|signature:/);
    },
  );
});
