// `--sandbox`: an embedded loopback sandbox with a fresh demo account and,
// when the command reads or cancels an order list, one open demo OCO list
// matching what the user named (the commands that place lists need none).
import type { CreateOcoListOptions } from "@sapi-kit/sandbox";
import type { Credentials } from "./signed-call.js";

export interface DemoSandbox {
  url: string;
  /** Its WebSocket API (the user data stream), on the same port. */
  streamUrl: string;
  credentials: Credentials;
  /** The seeded list's id and its orders' ids, when one was seeded. */
  seeded?: { orderListId: number; orderIds: number[] };
  close(): Promise<void>;
}

export async function startDemoSandbox(seed?: CreateOcoListOptions): Promise<DemoSandbox> {
  // Loaded here, not at startup: a command that talks to a real host never loads the sandbox.
  const { startSandbox } = await import("@sapi-kit/sandbox");
  const sandbox = await startSandbox();
  try {
    const account = await sandbox.createAccount({ type: "hmac" });
    const seeded = seed === undefined ? undefined : sandbox.createOcoList(account.apiKey, seed);
    return {
      url: sandbox.url,
      streamUrl: sandbox.streamUrl,
      credentials: { apiKey: account.apiKey, apiSecret: account.apiSecret as string },
      ...(seeded === undefined ? {} : { seeded: { orderListId: seeded.orderListId, orderIds: seeded.legs.map((leg) => leg.orderId) } }),
      close: () => sandbox.close(),
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}
