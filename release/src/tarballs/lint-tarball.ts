import { readFileSync } from "node:fs";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

/** publint on the exact bytes we would publish; every message, suggestions included. */
export async function publintTarball(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: data }, level: "suggestion", strict: true });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/**
 * "Are the types wrong?" on the tarball, in attw's strictest profile: every
 * resolution mode (node10, node16 CJS and ESM, bundler) must find correct
 * types for every entry point.
 */
export async function attwTarball(tarball: string): Promise<string[]> {
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))));
  if (!("problems" in analysis)) {
    return [`attw could not analyse the package: ${JSON.stringify(analysis)}`];
  }
  return analysis.problems.map((problem) => {
    const where = "entrypoint" in problem ? ` at ${problem.entrypoint}` : "";
    const mode = "resolutionKind" in problem ? ` (${problem.resolutionKind})` : "";
    return `${problem.kind}${where}${mode}`;
  });
}
