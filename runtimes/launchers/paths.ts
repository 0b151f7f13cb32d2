import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The @sapi-kit/runtimes workspace: the cwd of every runtime process, so each resolves the built packages from its node_modules. */
export const WORKSPACE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRIES_DIR = join(WORKSPACE_DIR, "entries");
export const PROCESS_ENTRY = join(ENTRIES_DIR, "process-entry.mjs");
