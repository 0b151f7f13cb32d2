import { fileURLToPath } from "node:url";

/** packages/client: where the tests find the package's dist, src and manifest. */
export const packageDir = fileURLToPath(new URL("../..", import.meta.url));
