import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import type { Sandbox, SandboxAccount } from "../../src/index.js";
import { CANCEL_PATH } from "../helpers/http.js";
import { encodeStrict, signPayload, unsignedQuery } from "../helpers/independent-signing.js";
import { startTestSandbox } from "../helpers/test-sandbox.js";

type Placement = "signed query, unsigned body" | "signed form body";

/**
 * A cancel as raw bytes. "signed form body": everything, signature included,
 * in the body. "signed query, unsigned body": a complete signed query plus a
 * body (which, had it arrived, the signature would not cover).
 */
function rawCancel(sandbox: Sandbox, account: SandboxAccount, orderListId: number, placement: Placement) {
  const payload = unsignedQuery({ symbol: "LTCBTC", orderListId }, sandbox.serverTime());
  const signed = `${payload}&signature=${encodeStrict(signPayload(account, payload))}`;
  const [target, body] =
    placement === "signed form body" ? [CANCEL_PATH, signed] : [`${CANCEL_PATH}?${signed}`, "newClientOrderId=late"];
  const head = (length: number) =>
    [
      `DELETE ${target} HTTP/1.1`,
      `Host: ${sandbox.host}`,
      `X-MBX-APIKEY: ${account.apiKey}`,
      "Content-Type: application/x-www-form-urlencoded",
      `Content-Length: ${length}`,
      "",
      "",
    ].join("\r\n");
  return { body, head };
}

function open(sandbox: Sandbox): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(sandbox.port, sandbox.host, () => resolve(socket));
    socket.on("error", reject);
  });
}

/** Everything the server wrote until it closed the connection. */
function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("utf8");
    });
    socket.on("error", () => resolve(text));
    socket.on("close", () => resolve(text));
  });
}

/** Gives the server time to act on what it has received (only where nothing observable says it has). */
async function settle(ms = 150): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Until the sandbox has logged the request as incomplete: it read what arrived and refused to execute it. */
async function loggedIncomplete(sandbox: Sandbox): Promise<void> {
  while (!sandbox.requests.some((entry) => entry.incomplete)) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Writes `data` and resolves once it has been handed to the operating system. */
function flush(socket: Socket, data: string): Promise<void> {
  return new Promise((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve())));
}

async function setup() {
  const sandbox = await startTestSandbox();
  const account = await sandbox.createAccount({ type: "hmac" });
  const list = sandbox.createOcoList(account.apiKey, { symbol: "LTCBTC" });
  const isOpen = () => sandbox.getOrderList(account.apiKey, { orderListId: list.orderListId })?.status === "OPEN";
  return { sandbox, account, list, isOpen };
}

describe.each(["signed query, unsigned body", "signed form body"] as const)("incomplete requests are never executed (%s)", (placement) => {
  // The control: the same bytes, complete. A signed form body executes; a body the signature does
  // not cover is refused (-1022), so with it the only thing the tests below vary is completeness.
  it("answers the complete request as Binance would (control)", async () => {
    const { sandbox, account, list, isOpen } = await setup();
    const { body, head } = rawCancel(sandbox, account, list.orderListId, placement);
    const socket = await open(sandbox);
    const answer = readAll(socket);
    socket.end(head(Buffer.byteLength(body)) + body);
    const text = await answer;
    if (placement === "signed form body") {
      expect(text).toMatch(/^HTTP\/1\.1 200/);
      expect(isOpen()).toBe(false);
    } else {
      expect(text).toMatch(/^HTTP\/1\.1 400/);
      expect(text).toContain('"code":-1022');
      expect(isOpen()).toBe(true);
    }
  });

  it("does not execute when the client aborts mid-body (Content-Length not reached)", async () => {
    const { sandbox, account, list, isOpen } = await setup();
    const { body, head } = rawCancel(sandbox, account, list.orderListId, placement);
    const socket = await open(sandbox);
    const answer = readAll(socket);
    // Every byte is sent, but the declared length is one byte longer.
    await flush(socket, head(Buffer.byteLength(body) + 1) + body);
    socket.destroy();
    await answer;
    await loggedIncomplete(sandbox);
    expect(isOpen()).toBe(true);
    expect(sandbox.requests.filter((entry) => entry.executed)).toEqual([]);
  });

  it("does not execute when the client half-closes before the body is complete", async () => {
    const { sandbox, account, list, isOpen } = await setup();
    const { body, head } = rawCancel(sandbox, account, list.orderListId, placement);
    const socket = await open(sandbox);
    const answer = readAll(socket);
    socket.end(head(Buffer.byteLength(body) + 10) + body);
    const text = await answer;
    await loggedIncomplete(sandbox);
    expect(text).not.toMatch(/^HTTP\/1\.1 200/);
    expect(isOpen()).toBe(true);
  });

  it("does not execute a request whose body is still arriving when close() is called", async () => {
    const { sandbox, account, list, isOpen } = await setup();
    const { body, head } = rawCancel(sandbox, account, list.orderListId, placement);
    const socket = await open(sandbox);
    const answer = readAll(socket);
    socket.write(head(Buffer.byteLength(body) + 1) + body);
    await settle();
    await sandbox.close();
    await answer;
    await settle();
    expect(isOpen()).toBe(true);
    expect(sandbox.requests.filter((entry) => entry.executed)).toEqual([]);
  });
});
