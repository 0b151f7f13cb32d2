import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Everything we publish to npm; the private workspace packages are not here. */
export const publishablePackages = [
  { name: "@sapi-kit/contract", dir: "packages/contract" },
  { name: "@sapi-kit/client", dir: "packages/client" },
  { name: "@sapi-kit/signer", dir: "packages/signer" },
  { name: "@sapi-kit/stream", dir: "packages/stream" },
  { name: "@sapi-kit/sandbox", dir: "packages/sandbox" },
  { name: "@sapi-kit/cli", dir: "packages/cli" },
] as const;

export type PublishablePackage = (typeof publishablePackages)[number];

/** The pnpm that `workspace:*` must be rewritten by (root package.json `packageManager`). */
export const PNPM = "pnpm@10.34.9";
