import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_ROOT = join(DOCS_DIR, "..");
export const SITE_DIR = join(DOCS_DIR, "site");
export const GUIDES_DIR = join(DOCS_DIR, "guides");
export const TEST_OUTPUT_DIR = join(DOCS_DIR, "test-output");
