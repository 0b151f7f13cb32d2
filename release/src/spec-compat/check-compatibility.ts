import type { BreakingChange } from "./breaking-change.js";
import { diffSpecs } from "./diff-specs.js";
import type { OpenApiDocument } from "./openapi-document.js";
import type { PendingChangeset } from "./pending-changesets.js";

/** The package whose public types are generated from the spec. */
export const SPEC_PACKAGE = "@sapi-kit/client";

export type CompatibilityVerdict = {
  ok: boolean;
  breaking: BreakingChange[];
  /** Changeset files that declare a major bump for the spec package. */
  majorChangesets: string[];
  report: string;
};

/**
 * The release rule: a breaking spec change ships only with a pending
 * changeset that declares a `major` bump for the client.
 */
export function checkCompatibility(
  released: OpenApiDocument,
  current: OpenApiDocument,
  pending: PendingChangeset[],
): CompatibilityVerdict {
  const breaking = diffSpecs(released, current);
  const majorChangesets = pending.filter((set) => set.releases[SPEC_PACKAGE] === "major").map((set) => set.file);
  const ok = breaking.length === 0 || majorChangesets.length > 0;
  const lines = breaking.map((change) => `  - [${change.kind}] ${change.operation}: ${change.detail}`);
  const report =
    breaking.length === 0
      ? "spec/openapi.yaml is backward compatible with the released spec"
      : ok
        ? `breaking spec changes, declared major in ${majorChangesets.join(", ")}:\n${lines.join("\n")}`
        : `breaking spec changes without a major changeset for ${SPEC_PACKAGE}:\n${lines.join("\n")}\n` +
          `Add one with \`npx -y pnpm@10.34.9 changeset\` (major for ${SPEC_PACKAGE}), or make the change additive.`;
  return { ok, breaking, majorChangesets, report };
}
