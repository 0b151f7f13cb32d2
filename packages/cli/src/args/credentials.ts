// Reads credentials from the environment. Only names and paths ever reach a
// message: the secret and the key's contents are passed on, never printed.
import { readFile, stat } from "node:fs/promises";
import type { Environment } from "../output/io.js";
import { type Locale, messages } from "../output/messages/index.js";
import type { Credentials } from "../transport/signed-call.js";
import { UsageError } from "./usage-error.js";

export async function readCredentials(env: Environment, locale: Locale): Promise<Credentials> {
  const text = messages[locale];
  const apiKey = env.BINANCE_API_KEY?.trim();
  if (!apiKey) throw new UsageError(text.missingApiKey);
  // It travels in the X-MBX-APIKEY header, where spaces or control characters cannot go.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new UsageError(text.badApiKey);
  const apiSecret = env.BINANCE_API_SECRET;
  const keyFile = env.BINANCE_PRIVATE_KEY_FILE;
  if (apiSecret && keyFile) throw new UsageError(text.bothSecrets);
  if (apiSecret) return { apiKey, apiSecret };
  if (!keyFile) throw new UsageError(text.missingSecret);
  let privateKey: string;
  try {
    // Looked at before it is opened: reading a FIFO (or a device) would wait for a writer, with no end.
    const kind = await stat(keyFile);
    if (!kind.isFile()) throw Object.assign(new Error("not a regular file"), { code: kind.isDirectory() ? "EISDIR" : "NOT_A_FILE" });
    privateKey = await readFile(keyFile, "utf8");
  } catch (error) {
    throw new UsageError(text.unreadableKeyFile(keyFile, text.fsReason((error as { code?: string }).code)));
  }
  return { apiKey, privateKey, keyFile };
}
