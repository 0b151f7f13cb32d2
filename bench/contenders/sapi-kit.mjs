// Ours: the documented public API, nothing tuned for the benchmark.
export default {
  id: "sapi-kit",
  label: "@sapi-kit/client + signer",
  packages: ["@sapi-kit/client", "@sapi-kit/signer"],
  sizeEntry: 'export { createClient } from "@sapi-kit/client";\nexport { createSigner } from "@sapi-kit/signer";\n',
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
