// What a browser app ships of sapi-kit, as esbuild entries. Shared by
// `run.mjs` (the report) and `test/size.test.ts` (the budget), so both
// measure the same thing.

/** Everything: the client and the signer with every key type (HMAC, RSA, Ed25519, PEM parsing). */
export const CLIENT_AND_SIGNER_ENTRY = 'export { createClient } from "@sapi-kit/client";\nexport { createSigner } from "@sapi-kit/signer";\n';

/**
 * An app that signs with an HMAC secret only, as documented for it: the
 * quick start's calls with createSigner from `@sapi-kit/signer/hmac`, the
 * entry without the PEM / RSA / Ed25519 code, and nothing else imported.
 */
export const HMAC_ONLY_ENTRY = `import { createClient } from "@sapi-kit/client";
import { createSigner } from "@sapi-kit/signer/hmac";
export function createHmacClient({ baseUrl, apiKey, apiSecret }) {
  const client = createClient({ baseUrl });
  client.use(createSigner({ apiKey, apiSecret }));
  return client;
}
`;

/**
 * What a browser app adds for the user data stream: createUserDataStream
 * from the default (platform WebSocket) entry, with the few client parts it
 * uses (the unsafe-integer check, the error family) bundled in.
 */
export const STREAM_ENTRY = 'export { createUserDataStream } from "@sapi-kit/stream";\n';
