// Finds English left in a message that should be Chinese, ignoring what is
// the same in every language (option names, codes, paths, enum values...).
import { operations as operationContracts } from "@sapi-kit/contract";

/** Every enum value of the spec's parameters (GTC, STOP_LOSS_LIMIT, TRUE...): sent as they are, in any language. */
const ENUM_VALUES = new Set(operationContracts.flatMap((operation) => operation.parameters.flatMap((p) => p.enum ?? [])));

/**
 * English words left in a message once the tokens that are the same in every
 * language are removed: option and variable names, protocol words, key
 * formats, the API path and its parameters, commands, URLs and file paths.
 */
export function englishWords(message: string): string[] {
  const sameInEveryLanguage = [
    /"[^"]*"/g, // the user's own input, quoted back
    /\bsapi-kit-[A-Za-z0-9]{15}\b/g, // a list client id the CLI generated
    /GET \/sapi\/v1\/margin\/orderList/g,
    /https?:\/\/\S+/g,
    /(?:^|\s|")\/[^\s"，。）]*/g,
    /--[a-z-]+/g,
    /\b[A-Z][A-Z0-9_]*_[A-Z0-9_]+\b/g, // BINANCE_API_KEY ...
    /\b(?:orderListId|origClientOrderId|listClientOrderId|isIsolated|symbol)=[^\s,，（）]+/g,
    /\b[a-z]+[A-Z]\w*(?:\[\d+\]\.\w+)?/g, // response field names (camelCase, as Binance spells them)
    /字段 [a-z]\w*/g, // a one-word response field name ("orders"), named as Binance spells it
    /\bhttp\(s\)/g,
    /user:password@/g,
    /openssl pkcs8[^\n]*/g,
    /sapi-kit margin [a-z-]+/g,
    /\bsapi-kit\b/g,
    /\b(?:true|false)\b/g,
    /\{code, msg\}/g,
    /\b(?:text\/html|application\/json)\b/g,
    /\b(?:HTTP|JSON|ASCII|PKCS#8|PEM|RSA|Ed25519|HMAC|OCO|OTO|OTOCO|Ctrl-C|LTCBTC|ltcbtc|zh-CN|en|key\.pem|key-pkcs8\.pem)\b/g,
  ];
  let rest = message.replace(/\b[A-Z][A-Z_]+\b/g, (word) => (ENUM_VALUES.has(word) ? " " : word));
  for (const pattern of sameInEveryLanguage) rest = rest.replace(pattern, " ");
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

