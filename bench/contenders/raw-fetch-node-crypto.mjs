// Second reference on Node: the same hand-written call as the floor, but sent
// with the global `fetch` (undici). The gap between this row and the floor is
// what undici's Request/Response and web-stream machinery costs per call.
import { createRawFetchCancel } from "./raw-fetch.mjs";

export default {
  id: "raw-fetch-node-crypto",
  label: "raw fetch + node:crypto",
  reference: true,
  async create({ baseUrl, apiKey, apiSecret }) {
    // Imported here, not at the top, so that its cold start pays for it like
    // every other contender pays for its imports.
    const { createHmac } = await import("node:crypto");
    return createRawFetchCancel({
      baseUrl,
      apiKey,
      id: "raw-fetch-node-crypto",
      sign: (query) => createHmac("sha256", apiSecret).update(query).digest("hex"),
    });
  },
};
