export const CLIENT_AND_SIGNER_ENTRY: string;
export const HMAC_ONLY_ENTRY: string;
export const STREAM_ENTRY: string;
