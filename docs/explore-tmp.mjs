import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
const file = process.argv[2];
const html = readFileSync(file);
const server = createServer((req, res) => { res.setHeader("content-type","text/html; charset=utf-8"); res.end(html); });
await new Promise(r => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.route(u => !u.href.startsWith(base) , route => route.abort());
await page.goto(base + "/reference/" + process.argv[3], { waitUntil: "networkidle" });
await page.waitForTimeout(1000);
console.log("URL", page.url());
for (const t of process.argv.slice(4)) {
  const loc = page.getByText(t, { exact: false });
  console.log(t, await loc.count(), await loc.first().isVisible().catch(()=>"?"));
}
await page.screenshot({ path: file + ".op.png" });
await browser.close(); server.close();
