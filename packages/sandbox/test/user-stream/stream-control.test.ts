import { describe, expect, it } from "vitest";
import { listenToken, streamSetup, subscribe } from "../helpers/stream-fixture.js";
import { connectWsApi } from "../helpers/ws-api-client.js";

describe("stream control: pings, the drop-connection fault", () => {
  it("pings every stream.pingIntervalMs; a client that answers stays connected", async () => {
    const { sandbox } = await streamSetup({ stream: { pingIntervalMs: 20 } });
    const ws = await connectWsApi(sandbox);
    // Waits for pings, not for a time: three of them, however long the machine takes.
    await new Promise<void>((resolve) => {
      let pings = 0;
      ws.socket.on("ping", () => {
        if (++pings === 3) resolve();
      });
    });
    expect((await ws.request("userDataStream.unsubscribe")).status).toBe(200);
  });

  it("a client that leaves pings unanswered for stream.pongTimeoutMs is dropped", async () => {
    const { sandbox } = await streamSetup({ stream: { pingIntervalMs: 20, pongTimeoutMs: 20 } });
    const { WebSocket } = await import("ws");
    const socket = new WebSocket(sandbox.streamUrl, { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
    expect(await closed).toBe(1006);
  });

  it("drop-connection on /ws-api/v3 drops the connection of the frame it matches; executes: the request took effect first", async () => {
    const { sandbox, account } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    sandbox.faults.inject({ type: "drop-connection" }, { match: { path: "/ws-api/v3", when: (frame) => frame.body.includes("subscribe.listenToken") } });
    ws.socket.send(JSON.stringify({ id: 1, method: "userDataStream.subscribe.listenToken", params: { listenToken: (await listenToken(sandbox, account)).token } }));
    expect((await ws.closed).code).toBe(1006);

    const again = await connectWsApi(sandbox);
    sandbox.faults.inject({ type: "drop-connection" }, { match: { path: "/ws-api/v3" }, executes: true });
    again.socket.send(JSON.stringify({ id: 1, method: "userDataStream.subscribe.listenToken", params: { listenToken: (await listenToken(sandbox, account)).token } }));
    expect((await again.closed).code).toBe(1006);
    expect(sandbox.faults.active).toEqual([]);

    // A rule without a path (written for HTTP requests) leaves WebSocket frames alone.
    const { token } = await listenToken(sandbox, account);
    const httpRule = sandbox.faults.inject({ type: "http-status", status: 503 });
    const third = await connectWsApi(sandbox);
    expect(await subscribe(third, token)).toBe(0);
    expect(httpRule.remaining).toBe(1);
  });

  it("only drop-connection applies to WebSocket frames", async () => {
    const { sandbox } = await streamSetup();
    expect(() => sandbox.faults.inject({ type: "http-status", status: 500 }, { match: { path: "/ws-api/v3" } })).toThrow(TypeError);
  });

  it("dropStreamConnections() drops every open connection at once (no close frame: 1006)", async () => {
    const { sandbox, account } = await streamSetup();
    const ws = await connectWsApi(sandbox);
    await subscribe(ws, (await listenToken(sandbox, account)).token);
    expect(sandbox.dropStreamConnections()).toBe(1);
    expect((await ws.closed).code).toBe(1006);
    expect(sandbox.dropStreamConnections()).toBe(0);
  });
});
