import { realpathSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, relative, sep } from "node:path";
import { pipeline } from "node:stream";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".yaml": "text/yaml; charset=utf-8",
};

// On every answer: a browser must not guess another type (e.g. run a .yaml as script).
const COMMON_HEADERS = { "x-content-type-options": "nosniff" };

/** Resolves a URL path inside root, or undefined when it would escape root. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const target = normalize(join(root, decoded));
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return target === root || target.startsWith(rootWithSep) ? target : undefined;
}

/** The real path of `path` when it exists and stays inside root after every symlink is followed. */
async function realPathInside(root, path) {
  try {
    const real = await realpath(path);
    return real === root || real.startsWith(root + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The slash-terminated URL of a directory, built from its place in the site and
 * never from the raw request: `//host/..` or `/dir?x` cannot turn into a
 * redirect to another host or into a redirect loop.
 */
function directoryLocation(root, directory, search) {
  const segments = relative(root, directory).split(sep).filter(Boolean).map(encodeURIComponent);
  const path = segments.length === 0 ? "/" : `/${segments.join("/")}/`;
  // Only printable ASCII goes into a header; anything else in the query is re-encoded.
  return path + search.replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
}

function answer(response, status, headers = {}, body = "") {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers }).end(body);
}

const notFound = (response) => answer(response, 404, { "content-type": "text/plain; charset=utf-8" }, "Not found\n");

async function serve(root, request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    answer(response, 405, { allow: "GET, HEAD" });
    return;
  }
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? "" : url.slice(queryAt);

  const target = resolveInside(root, pathname);
  // Symlinks are followed only while they stay inside the site.
  let file = target && (await realPathInside(root, target));
  if (!file) return notFound(response);
  if ((await stat(file)).isDirectory()) {
    if (!pathname.endsWith("/")) {
      answer(response, 301, { location: directoryLocation(root, target, search) });
      return;
    }
    file = await realPathInside(root, join(file, "index.html"));
    if (!file) return notFound(response);
  }

  // Opened before the status line, so an unreadable file is an error answer, not a broken 200.
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if (error?.code === "EACCES" || error?.code === "EPERM") {
      answer(response, 403, { "content-type": "text/plain; charset=utf-8" }, "Forbidden\n");
      return;
    }
    return notFound(response);
  }
  let stats;
  try {
    stats = await handle.stat();
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (!stats.isFile()) {
    await handle.close();
    return notFound(response);
  }
  response.writeHead(200, {
    ...COMMON_HEADERS,
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": stats.size,
    "cache-control": "no-cache",
  });
  if (request.method === "HEAD") {
    await handle.close();
    response.end();
    return;
  }
  // pipeline, not pipe: when the client goes away or the read fails, both ends
  // are destroyed and the file handle is closed (pipe would leave it open).
  pipeline(handle.createReadStream(), response, (error) => {
    if (error) response.destroy();
  });
}

/**
 * A small static file server for the built site (node:http only). Directory
 * URLs serve their index.html. Listen on loopback: `server.listen(port, "127.0.0.1")`.
 * @param {string} root absolute path of docs/site
 */
export function createStaticServer(root) {
  // Compare against the real root, so a site reached through a symlinked path (/tmp on macOS) still works.
  const realRoot = realpathSync(root);
  return createServer((request, response) => {
    serve(realRoot, request, response).catch(() => {
      // Whatever went wrong, this request fails and the server keeps serving.
      if (response.headersSent) response.destroy();
      else answer(response, 500, { "content-type": "text/plain; charset=utf-8" }, "Internal error\n");
    });
  });
}
