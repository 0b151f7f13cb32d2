#!/usr/bin/env node
// `npm start` in docs/: says where the built site is and how to serve it.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const index = join(dirname(fileURLToPath(import.meta.url)), "..", "site", "index.html");
if (!existsSync(index)) {
  console.log("The docs site is not built yet: run `npm run build` in docs/ (or `npm run build` at the root).");
} else {
  console.log(`Docs site: ${index}`);
}
console.log(`Serve it on http://127.0.0.1:${process.env.PORT ?? 4173}/ with \`npm run serve\` in docs/ (or \`npm run docs\` at the root).`);
