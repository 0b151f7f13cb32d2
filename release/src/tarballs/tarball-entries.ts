import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * Lists the entries of an npm tarball (ustar inside gzip), or returns one
 * entry's text when `read` names it. Enough tar for npm's own output; no
 * dependency needed.
 */
export function tarballEntries(tarball: string): string[];
export function tarballEntries(tarball: string, read: string): string;
export function tarballEntries(tarball: string, read?: string): string[] | string {
  const archive = gunzipSync(readFileSync(tarball));
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1);
    if (type === "0" || type === "") {
      if (read === name) return archive.subarray(offset + 512, offset + 512 + size).toString("utf8");
      names.push(name);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  if (read !== undefined) throw new Error(`${read} is not in ${tarball}`);
  return names;
}
