// Reads the endpoint's official docs (spec/seed/margin-account-cancel-oco.md,
// the copy of Binance's page the project was started from) so tests compare the spec with Binance's
// own text instead of with values retyped into the tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEED_PATH = fileURLToPath(new URL("../../seed/margin-account-cancel-oco.md", import.meta.url));

export type SeedParameter = {
  name: string;
  type: string;
  mandatory: boolean;
  description: string;
};

export type SeedLanguage = {
  title: string;
  apiDescription: string;
  method: string;
  path: string;
  weight: string;
  parameters: SeedParameter[];
  notes: string[];
  responseExample: unknown;
};

export type Seed = { en: SeedLanguage; zhCN: SeedLanguage };

export function readSeed(path = SEED_PATH): Seed {
  const text = readFileSync(path, "utf8");
  // Front matter, then the English page, then `---` and the Chinese page.
  const pages = text.split(/^---$/m).slice(2);
  const [en, zhCN] = pages;
  if (en === undefined || zhCN === undefined) throw new Error("Seed must have an English and a Chinese page.");
  return {
    en: parsePage(en, { description: "API Description", request: "HTTP Request", weight: "Request Weight", example: "Response Example" }),
    zhCN: parsePage(zhCN, { description: "接口描述", request: "HTTP请求", weight: "请求权重", example: "响应示例" }),
  };
}

type Headings = { description: string; request: string; weight: string; example: string };

function parsePage(page: string, headings: Headings): SeedLanguage {
  const title = /^# (.+)$/m.exec(page)?.[1]?.trim();
  if (!title) throw new Error("Seed page has no title.");
  const [method, path] = firstLine(section(page, headings.request)).split(/\s+/);
  // Parameter rows, not the header: their third cell is YES or NO.
  const table = page.split("\n").filter((line) => /^\w+\|[^|]*\|\s*(YES|NO)\s*\|/.test(line));
  return {
    title,
    apiDescription: firstLine(section(page, headings.description)),
    method: method ?? "",
    path: path ?? "",
    weight: firstLine(section(page, headings.weight)).replaceAll("*", ""),
    parameters: table.map(parseParameterRow),
    notes: [...page.matchAll(/^\s+\* (.+)$/gm)].map((match) => (match[1] ?? "").trim()),
    responseExample: parseJsonWithComments(section(page, headings.example)),
  };
}

/** The text between `## <heading>[](...)` and the next heading or rule. */
function section(page: string, heading: string): string {
  const start = page.split("\n").findIndex((line) => line.startsWith(`## ${heading}[`));
  if (start < 0) throw new Error(`Seed page has no "${heading}" section.`);
  const rest = page.split("\n").slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2} /.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join("\n");
}

function firstLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).find((line) => line !== "") ?? "";
}

function parseParameterRow(row: string): SeedParameter {
  const [name = "", type = "", mandatory = "", ...description] = row.split("|").map((cell) => cell.trim());
  return { name, type, mandatory: mandatory === "YES", description: description.join("|").trim() };
}

/** The seed example is JSON plus `// ...` end-of-line comments. */
function parseJsonWithComments(text: string): unknown {
  const json = text.replace(/\s\/\/[^\n"]*$/gm, "");
  return JSON.parse(json.slice(json.indexOf("{"), json.lastIndexOf("}") + 1));
}
