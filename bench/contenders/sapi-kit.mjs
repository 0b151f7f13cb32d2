import { CLIENT_AND_SIGNER_ENTRY, HMAC_ONLY_ENTRY } from "../lib/size-entries.mjs";

// Ours: the documented public API, nothing tuned for the benchmark.
export default {
  id: "sapi-kit",
  label: "@sapi-kit/client + signer",
  packages: ["@sapi-kit/client", "@sapi-kit/signer"],
  sizeEntry: CLIENT_AND_SIGNER_ENTRY,
  /** Reported besides: the same two packages when only HMAC is used. */
  hmacOnlySizeEntry: HMAC_ONLY_ENTRY,
  async create({ baseUrl, apiKey, apiSecret }) {
    const { createClient } = await import("@sapi-kit/client");
    const { createSigner } = await import("@sapi-kit/signer");
    const client = createClient({ baseUrl });
    client.use(createSigner({ apiKey, apiSecret }));
    return async function cancel({ symbol, orderListId }) {
      const { data, error, response } = await client.DELETE("/sapi/v1/margin/orderList", {
        params: { query: { symbol, orderListId } },
      });
      if (error) throw new Error(`sapi-kit: HTTP ${response.status} ${error.code} ${error.msg}`);
      return data;
    };
  },
};
