import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".yaml": "text/yaml; charset=utf-8",
};

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

/**
 * A small static file server for the built site (node:http only). Directory
 * URLs serve their index.html. Listen on loopback: `server.listen(port, "127.0.0.1")`.
 * @param {string} root absolute path of docs/site
 */
export function createStaticServer(root) {
  return createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let file = resolveInside(root, request.url ?? "/");
    let stats;
    try {
      stats = file && statSync(file);
      if (stats?.isDirectory()) {
        if (!request.url?.split("?")[0]?.endsWith("/")) {
          response.writeHead(301, { location: `${request.url}/` }).end();
          return;
        }
        file = join(file, "index.html");
        stats = statSync(file);
      }
    } catch {
      stats = undefined;
    }
    if (!file || !stats?.isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": stats.size,
      "cache-control": "no-cache",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
}
