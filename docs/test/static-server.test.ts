// The docs site's static server (`npm run serve`), probed the way a browser,
// a flaky network and a hostile link would: it must stay up, leak nothing,
// redirect only within itself and serve only the site.
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer } from "../scripts/site/static-server.mjs";

const SERVER_MODULE = fileURLToPath(new URL("../scripts/site/static-server.mjs", import.meta.url));
const BIG_FILE_BYTES = 16 * 1024 * 1024;

let sandboxDir: string;
let root: string;
let outside: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  sandboxDir = mkdtempSync(join(tmpdir(), "sapi-kit-static-"));
  root = join(sandboxDir, "site");
  outside = join(sandboxDir, "outside");
  mkdirSync(join(root, "zh-CN"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, "index.html"), "<p>home</p>");
  writeFileSync(join(root, "zh-CN", "index.html"), "<p>首页</p>");
  writeFileSync(join(root, "big.bin"), Buffer.alloc(BIG_FILE_BYTES, 7));
  writeFileSync(join(outside, "secret.txt"), "not part of the site");
  mkdirSync(join(outside, "dir"));
  writeFileSync(join(outside, "dir", "index.html"), "<p>outside</p>");
  symlinkSync(join(outside, "secret.txt"), join(root, "leak.txt"));
  symlinkSync(join(outside, "dir"), join(root, "leakdir"));
  symlinkSync(join(root, "index.html"), join(root, "home.html"));
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
  rmSync(sandboxDir, { recursive: true, force: true });
});

/** Open file descriptors of this process (Linux and macOS both list them here). */
function openFileDescriptors(): number {
  return readdirSync("/dev/fd").length;
}

/** Starts a download of `path`, reads its first bytes, then hangs up like a closed browser tab. */
function abortedDownload(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    });
    socket.once("data", () => {
      socket.destroy();
      resolve();
    });
    socket.once("error", reject);
  });
}

/** Until `predicate` holds; the budget is only there to fail with the assertion that follows, not a timeout. */
async function settle(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("static server: pages", () => {
  it("serves index.html for directories, with a content type", async () => {
    const response = await fetch(`${origin}/zh-CN/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<p>首页</p>");
  });

  it("answers 404 for missing files and never serves outside its root", async () => {
    expect((await fetch(`${origin}/nope.html`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/outside/secret.txt`)).status).toBe(404);
  });

  it("refuses writes", async () => {
    expect((await fetch(`${origin}/index.html`, { method: "POST" })).status).toBe(405);
  });

  it("sends X-Content-Type-Options: nosniff on every answer", async () => {
    for (const path of ["/index.html", "/zh-CN/", "/zh-CN", "/nope.html"]) {
      const response = await fetch(`${origin}${path}`, { redirect: "manual" });
      expect({ path, nosniff: response.headers.get("x-content-type-options") }).toEqual({ path, nosniff: "nosniff" });
    }
    const post = await fetch(`${origin}/index.html`, { method: "POST" });
    expect(post.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("static server: redirects", () => {
  it("redirects a directory without its slash, so relative links resolve", async () => {
    const response = await fetch(`${origin}/zh-CN`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/zh-CN/");
  });

  it("keeps the query after the slash, and following the redirect ends on the page (no loop)", async () => {
    const response = await fetch(`${origin}/zh-CN?x=1`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/zh-CN/?x=1");
    const followed = await fetch(`${origin}/zh-CN?x`);
    expect(followed.status).toBe(200);
    expect(await followed.text()).toBe("<p>首页</p>");
  });

  it.each(["//evil.example/../zh-CN", "//evil.example/%2e%2e/zh-CN", "/\\evil.example/../zh-CN", "///zh-CN"])(
    "never redirects %s to another host",
    async (path) => {
      const response = await fetch(`${origin}${path}`, { redirect: "manual" });
      const location = response.headers.get("location");
      if (location !== null) {
        expect(location).toMatch(/^\/[^/\\]/);
        expect(new URL(location, origin).origin).toBe(origin);
      }
    },
  );
});

describe("static server: symlinks", () => {
  it("serves a symlink that stays inside the site", async () => {
    const response = await fetch(`${origin}/home.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<p>home</p>");
  });

  it("does not follow a symlink to a file or directory outside the site", async () => {
    const file = await fetch(`${origin}/leak.txt`);
    expect(file.status).toBe(404);
    expect(await file.text()).not.toContain("not part of the site");
    const dir = await fetch(`${origin}/leakdir/`);
    expect(dir.status).toBe(404);
    expect(await dir.text()).not.toContain("outside");
    expect((await fetch(`${origin}/leakdir/index.html`)).status).toBe(404);
  });
});

describe("static server: streams", () => {
  it("closes the file when the client goes away mid-download", async () => {
    // Warm up: the first request opens sockets and lazily loaded modules.
    await abortedDownload("/big.bin");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = openFileDescriptors();
    for (let i = 0; i < 25; i++) await abortedDownload("/big.bin");
    await settle(() => openFileDescriptors() <= before + 2);
    expect(openFileDescriptors()).toBeLessThanOrEqual(before + 2);
  });

  it("serves a whole large file intact", async () => {
    const body = new Uint8Array(await (await fetch(`${origin}/big.bin`)).arrayBuffer());
    expect(body.length).toBe(BIG_FILE_BYTES);
    expect(body.every((byte) => byte === 7)).toBe(true);
  });

  it("survives a file it cannot read, and keeps serving", async () => {
    // A file the server's user may not open. Root may open anything, so the
    // server then runs in a child process as an unprivileged user.
    const site = mkdtempSync(join(tmpdir(), "sapi-kit-static-perm-"));
    chmodSync(site, 0o755);
    writeFileSync(join(site, "index.html"), "<p>ok</p>");
    writeFileSync(join(site, "locked.html"), "<p>locked</p>");
    chmodSync(join(site, "index.html"), 0o644);
    chmodSync(join(site, "locked.html"), 0o000);
    // The unprivileged user may not be able to reach the checkout (a clone under /root, or in a
    // private temporary folder), so it runs a copy of the server module from the world-readable site folder.
    const serverCopy = join(site, "static-server.mjs");
    copyFileSync(SERVER_MODULE, serverCopy);
    chmodSync(serverCopy, 0o644);
    const script = `
      import { createStaticServer } from ${JSON.stringify(pathToFileURL(serverCopy).href)};
      const server = createStaticServer(${JSON.stringify(site)});
      server.listen(0, "127.0.0.1", () => console.log(server.address().port));
    `;
    const asRoot = process.getuid?.() === 0;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd: site,
      stdio: ["ignore", "pipe", "pipe"],
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    try {
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
        child.once("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
      });
      const locked = await fetch(`http://127.0.0.1:${port}/locked.html`).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        (error: Error) => ({ status: 0, body: error.message }),
      );
      expect(locked.status).toBeGreaterThanOrEqual(400);
      expect(locked.body).not.toContain("locked</p>");
      const after = await fetch(`http://127.0.0.1:${port}/index.html`);
      expect(after.status).toBe(200);
      expect(await after.text()).toBe("<p>ok</p>");
      expect(child.exitCode).toBeNull();
      expect(stderr).toBe("");
    } finally {
      child.kill();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
