#!/usr/bin/env node
// Validates spec/asyncapi.yaml (or the file given) with the official AsyncAPI
// parser, @asyncapi/parser: the document must parse, resolve (including its
// references into openapi.yaml) and raise no error or warning. Information
// and hints are printed but pass: the parser's only one today recommends
// AsyncAPI 3.1, and the document stays on 3.0 (spec/README.md, "The user
// data stream"). Part of the spec package's `lint`.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fromFile, Parser } from "@asyncapi/parser";
import { ASYNC_API_PATH } from "../loader/index.js";

// Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
const FAILING = new Set([0, 1]);
const SEVERITY_NAMES = ["error", "warning", "information", "hint"];

/**
 * @typedef {{ code: string; severity: string; failing: boolean; path: string; message: string }} ParserFinding
 */

/**
 * Every diagnostic the official parser reports, and whether it yields a document.
 * @param {string} [file]
 * @returns {Promise<{ parsed: boolean; findings: ParserFinding[] }>}
 */
export async function parseAsyncApiFile(file = ASYNC_API_PATH) {
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  return {
    parsed: document !== undefined,
    findings: diagnostics.map((diagnostic) => ({
      code: String(diagnostic.code),
      severity: SEVERITY_NAMES[diagnostic.severity] ?? String(diagnostic.severity),
      failing: FAILING.has(diagnostic.severity),
      path: `#/${diagnostic.path.map((segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`,
      message: diagnostic.message,
    })),
  };
}

/**
 * What makes the file fail: no document, or an error or warning.
 * @param {string} [file]
 * @returns {Promise<ParserFinding[]>}
 */
export async function asyncApiParserProblems(file = ASYNC_API_PATH) {
  const { parsed, findings } = await parseAsyncApiFile(file);
  const failing = findings.filter((finding) => finding.failing);
  if (!parsed && failing.length === 0) {
    return [{ code: "not-parsed", severity: "error", failing: true, path: "#", message: "The parser returned no document." }];
  }
  return failing;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ? resolve(process.argv[2]) : ASYNC_API_PATH;
  const { findings } = await parseAsyncApiFile(file);
  for (const finding of findings) console.log(`${finding.severity} ${finding.code} ${finding.path}: ${finding.message}`);
  const problems = await asyncApiParserProblems(file);
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem(s) from @asyncapi/parser.`);
    process.exit(1);
  }
  console.log(`${file}: valid AsyncAPI (@asyncapi/parser).`);
}
