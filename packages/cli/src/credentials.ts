// Reads credentials from the environment. Only names and paths ever reach a
// message: the secret and the key's contents are passed on, never printed.
import { readFile } from "node:fs/promises";
import type { Locale } from "./messages.js";
import { messages } from "./messages.js";
import { UsageError } from "./usage-error.js";

export type Credentials = { apiKey: string; apiSecret: string } | { apiKey: string; privateKey: string };

export type Environment = Record<string, string | undefined>;

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return code ?? "read failed";
  }
}

export async function readCredentials(env: Environment, locale: Locale): Promise<Credentials> {
  const text = messages[locale];
  const apiKey = env.BINANCE_API_KEY?.trim();
  if (!apiKey) throw new UsageError(text.missingApiKey);
  const apiSecret = env.BINANCE_API_SECRET;
  const keyFile = env.BINANCE_PRIVATE_KEY_FILE;
  if (apiSecret && keyFile) throw new UsageError(text.bothSecrets);
  if (apiSecret) return { apiKey, apiSecret };
  if (!keyFile) throw new UsageError(text.missingSecret);
  try {
    return { apiKey, privateKey: await readFile(keyFile, "utf8") };
  } catch (error) {
    throw new UsageError(text.unreadableKeyFile(keyFile, describeFsError(error)));
  }
}
