// Checks the BUILT package (dist/), the way consumers meet it. The turbo
// `test` task runs after `build`; run `npx tsup` first when testing by hand.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { packageDir } from "./support/package-dir.js";

// Each check runs tsc or Node on the built package as a child process: tens of seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const dist = join(packageDir, "dist");
const tsc = join(packageDir, "node_modules/typescript/bin/tsc");

let scratch: string;
beforeAll(async () => {
  if (!existsSync(join(dist, "index.js"))) throw new Error("dist/ is missing: build the package first (npx tsup).");
  scratch = await mkdtemp(join(tmpdir(), "sapi-kit-client-consumers-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A fetch that answers locally, so the built client can be exercised without a network. */
const answerLocally = async (request: Request) => Response.json({ serverTime: 1499827319559, url: request.url });

describe("runtime entry points", () => {
  test("require() of dist/index.cjs works", async () => {
    const { createClient, DEFAULT_BASE_URL, UnsafeIntegerError } = createRequire(import.meta.url)(join(dist, "index.cjs"));
    const { data } = await createClient({ fetch: answerLocally }).GET("/api/v3/time");
    expect(data).toEqual({ serverTime: 1499827319559, url: `${DEFAULT_BASE_URL}/api/v3/time` });
    expect(new UnsafeIntegerError({ source: "request", path: "orderListId", value: 2 ** 53 }).code).toBe("UNSAFE_INTEGER");
  });

  test("the errors entry shares its classes with the default root entry, in ESM and in CommonJS", async () => {
    const require = createRequire(import.meta.url);
    for (const [root, errors] of [
      [require(join(dist, "index.cjs")), require(join(dist, "errors.cjs"))],
      [await import(join(dist, "index.js")), await import(join(dist, "errors.js"))],
    ]) {
      expect(Object.keys(errors).sort()).toEqual(["RequestNotSentError", "ResponseUnreadableError", "SapiKitError", "UnsafeIntegerError"]);
      for (const name of Object.keys(errors)) expect(root[name], name).toBe(errors[name]);
      expect(new root.UnsafeIntegerError({ source: "request", path: "x", value: 2 ** 53 })).toBeInstanceOf(errors.SapiKitError);
    }
  });

  test("the Node entry is one file, with every error class of the errors entry in it (the errors subpath on Node)", async () => {
    for (const file of ["node.js", "node.cjs"]) {
      const code = await readFile(join(dist, file), "utf8");
      expect(code, file).not.toMatch(/(?:from\s*|require\(|import\s*)\s*["']\.\/[^"']+["']/);
    }
    const require = createRequire(import.meta.url);
    for (const [root, errors] of [
      [require(join(dist, "node.cjs")), require(join(dist, "errors.cjs"))],
      [await import(join(dist, "node.js")), await import(join(dist, "errors.js"))],
    ]) {
      for (const name of Object.keys(errors)) expect(typeof root[name], name).toBe("function");
      expect(new root.UnsafeIntegerError({ source: "request", path: "x", value: 2 ** 53 })).toBeInstanceOf(root.SapiKitError);
    }
  });

  test("import() of dist/index.js works", async () => {
    const { createClient, DEFAULT_BASE_URL } = await import(join(dist, "index.js"));
    const { data } = await createClient({ fetch: answerLocally }).GET("/api/v3/time");
    expect(data).toEqual({ serverTime: 1499827319559, url: `${DEFAULT_BASE_URL}/api/v3/time` });
  });

  test("the package.json exports map points at files that exist", async () => {
    const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
    // Every file named under a condition, however deep (".": node -> import -> types, say).
    const files = (entry: unknown): string[] => (typeof entry === "string" ? [entry] : Object.values(entry as object).flatMap(files));
    const targets = [manifest.main, manifest.module, manifest.types, ...files(manifest.exports["."]), ...files(manifest.exports["./errors"])];
    // ".": node (import, require) + import + require; "./errors" the same; each a types and a default file.
    expect(targets.length).toBe(19);
    // On Node, "./errors" is the root's Node entry itself (one file with the classes in it), so a signer
    // that imports the errors subpath shares the module the app has loaded: one class each, no second file.
    expect(manifest.exports["./errors"].node.import.default).toBe(manifest.exports["."].node.import.default);
    expect(manifest.exports["./errors"].node.require.default).toBe(manifest.exports["."].node.require.default);
    // node10 resolution ignores exports: errors/package.json stands in for the subpath.
    const legacy = JSON.parse(await readFile(join(packageDir, "errors/package.json"), "utf8"));
    for (const target of [legacy.main, legacy.module, legacy.types]) expect(existsSync(join(packageDir, "errors", target)), target).toBe(true);
    for (const target of targets) expect(existsSync(join(packageDir, target)), target).toBe(true);
  });
});

describe("no Node-only API in the runtime path (browsers, Deno, Bun, edge workers)", () => {
  const nodeOnly = /\bnode:|\bBuffer\b|\bprocess\b|\b__dirname\b|require\((?!["']openapi-fetch["'])/;
  // The "node" export condition's entry, its transport and its shortcut for signed calls: the only code allowed Node APIs.
  const NODE_ENTRY_FILES = ["node.js", "node.cjs"];
  const NODE_ENTRY_SOURCES = ["node.ts", "node-transport.ts", "light-response.ts", "direct-call.ts", "shared-timeout.ts"];

  test("built bundles import nothing but openapi-fetch and the shared error classes", async () => {
    const files = (await readdir(dist)).filter((file) => /\.c?js$/.test(file) && !NODE_ENTRY_FILES.includes(file));
    expect(files).toEqual(expect.arrayContaining(["index.js", "index.cjs", "errors.js", "errors.cjs"]));
    for (const file of files) {
      const code = await readFile(join(dist, file), "utf8");
      expect(code, file).not.toMatch(/\bnode:|\bBuffer\b|\bprocess\b|\b__dirname\b/);
      const imports = [...code.matchAll(/(?:from\s*|require\(|import\s*)\s*["']([^"']+)["']/g)].map((m) => m[1]);
      // The errors entry is the one shared file (its classes must be one copy); it imports nothing.
      for (const target of imports) expect(target, file).toMatch(file.startsWith("errors.") ? /^$/ : /^(?:openapi-fetch|\.\/errors\.c?js)$/);
    }
    // The errors entry stays tiny: it must not pull in the client (openapi-fetch).
    for (const file of ["errors.js", "errors.cjs"]) {
      expect(await readFile(join(dist, file), "utf8"), file).not.toContain("openapi-fetch");
    }
  });

  test("sources do not use Node APIs either (comments aside: the spec's samples mention process.env)", async () => {
    const sources = (await readdir(join(packageDir, "src"), { recursive: true })).filter((f) => f.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources.filter((source) => !NODE_ENTRY_SOURCES.includes(source))) {
      const code = (await readFile(join(packageDir, "src", file), "utf8")).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, file).not.toMatch(nodeOnly);
      // Only the node entry may import its transport.
      expect(code, file).not.toContain("node-transport");
    }
  });

  test("a first signed call over node:http loads neither undici nor node:https (a cold start pays for neither)", () => {
    const script = `
      const { createServer } = await import("node:http");
      const server = createServer((request, response) => response.end(JSON.stringify({ viaFetch: "sec-fetch-mode" in request.headers })));
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { createClient } = await import(${JSON.stringify(join(dist, "node.js"))});
      const client = createClient({ baseUrl: "http://127.0.0.1:" + server.address().port });
      // redirect "manual", as the signer sends: the request the node transport takes.
      const { data } = await client.DELETE("/x", { redirect: "manual" });
      const loaded = (name) => process.moduleLoadList.some((module) => module.includes(name));
      console.log(JSON.stringify({ data, undici: loaded("undici"), https: loaded("NativeModule https") }));
      process.exit(0);
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ data: { viaFetch: false }, undici: false, https: false });
  });

  test("a first direct call with a timeout does not load perf_hooks (the shared timeout's clock is process.hrtime)", () => {
    // A middleware offering the signer's DIRECT_SIGNER (Symbol.for, as the signer's Node entries set it):
    // it sends the call with a timeout, so the client's shared timer (shared-timeout.ts) runs.
    const script = `
      const { createServer } = await import("node:http");
      const server = createServer((request, response) => response.end(JSON.stringify({ path: request.url })));
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { createClient } = await import(${JSON.stringify(join(dist, "node.js"))});
      const client = createClient({ baseUrl: "http://127.0.0.1:" + server.address().port });
      const direct = (call) => call.send(call.method, call.origin + call.path + "?" + call.query, {}, undefined, 30000, call.read);
      client.use({ onRequest: () => undefined, [Symbol.for("@sapi-kit/signer.direct")]: direct });
      const { data } = await client.DELETE("/x", { params: { query: { a: 1 } } });
      const loaded = (name) => process.moduleLoadList.some((module) => module.includes(name));
      console.log(JSON.stringify({ data, perfHooks: loaded("NativeModule perf_hooks") }));
      process.exit(0);
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ data: { path: "/x?a=1" }, perfHooks: false });
  });

  test("the node entry loads only node:http and node:https, and only when a signed call is sent", async () => {
    for (const file of NODE_ENTRY_FILES) {
      const code = await readFile(join(dist, file), "utf8");
      const imports = [...code.matchAll(/(?:from\s*|require\(|import\s*\(?)\s*["']([^"']+)["']/g)].map((m) => m[1]);
      for (const target of imports) expect(target, file).toMatch(/^(?:openapi-fetch|node:https?|\.\/errors\.c?js)$/);
    }
    // ESM: looked up when a call is sent (process.getBuiltinModule), so importing the entry loads neither module.
    const esm = await readFile(join(dist, "node.js"), "utf8");
    expect(esm).not.toMatch(/from\s*["']node:/);
    expect(esm).toMatch(/getBuiltinModule\(secure \? "node:https" : "node:http"\)/);
  });
});

describe("TypeScript consumers resolve the published types", () => {
  async function typecheckConsumer(name: string) {
    const dir = join(scratch, name);
    await cp(join(packageDir, "test/consumers", name), dir, { recursive: true });
    await mkdir(join(dir, "node_modules/@sapi-kit"), { recursive: true });
    await symlink(packageDir, join(dir, "node_modules/@sapi-kit/client"), "dir");
    return spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
  }

  test("moduleResolution node16: ESM (.mts) and CommonJS (.cts)", async () => {
    const result = await typecheckConsumer("node16");
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);

  test("moduleResolution bundler", async () => {
    const result = await typecheckConsumer("bundler");
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});
