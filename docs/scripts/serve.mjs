#!/usr/bin/env node
// Serves the built docs site (docs/site) on loopback. PORT picks the port
// (default 4173); the site is built by `npm run build` in docs/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createStaticServer } from "./site/static-server.mjs";

const siteDir = join(dirname(fileURLToPath(import.meta.url)), "..", "site");
if (!existsSync(join(siteDir, "index.html"))) {
  console.error("docs/site is not built yet: run `npm run build` in docs/ first.");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = createStaticServer(siteDir);
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;
  console.log(`sapi-kit docs: ${url} (English)  ${url}zh-CN/ (简体中文)`);
  console.log("Press Ctrl+C to stop.");
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
