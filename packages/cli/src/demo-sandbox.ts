// `--sandbox`: an embedded loopback sandbox with a fresh demo account and one
// open OCO list matching the ids the user asked to cancel.
import { startSandbox } from "@sapi-kit/sandbox";
import type { Credentials } from "./credentials.js";
import type { CancelOcoArgs } from "./parse-args.js";

export interface DemoSandbox {
  url: string;
  credentials: Credentials;
  close(): Promise<void>;
}

export async function startDemoSandbox(args: CancelOcoArgs): Promise<DemoSandbox> {
  const sandbox = await startSandbox();
  try {
    const account = await sandbox.createAccount({ type: "hmac" });
    sandbox.createOcoList(account.apiKey, {
      symbol: args.symbol,
      isIsolated: args.isolated,
      ...(args.orderListId === undefined ? {} : { orderListId: args.orderListId }),
      ...(args.listClientOrderId === undefined ? {} : { listClientOrderId: args.listClientOrderId }),
    });
    return {
      url: sandbox.url,
      credentials: { apiKey: account.apiKey, apiSecret: account.apiSecret as string },
      close: () => sandbox.close(),
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}
