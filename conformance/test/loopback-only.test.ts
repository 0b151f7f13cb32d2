// The guard every test file runs under (support/loopback-only.ts, vitest
// setupFiles): what the conformance suite promises about the network rests on it.
import net from "node:net";
import { describe, expect, it } from "vitest";

// 192.0.2.1 is TEST-NET-1 (RFC 5737): documentation-only, never routed, so
// even a broken guard sends nothing anywhere real.
const NOT_THIS_MACHINE = "192.0.2.1";

describe("loopback-only guard", () => {
  it("refuses a connection to another host before a packet leaves, whichever way connect is called", () => {
    const socket = new net.Socket();
    try {
      expect(() => socket.connect({ host: NOT_THIS_MACHINE, port: 443 })).toThrow(`non-loopback host ${NOT_THIS_MACHINE}`);
      expect(() => socket.connect(443, NOT_THIS_MACHINE)).toThrow(`non-loopback host ${NOT_THIS_MACHINE}`);
    } finally {
      socket.destroy();
    }
  });

  it("lets a loopback connection through", async () => {
    const server = net.createServer((socket) => socket.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: "127.0.0.1", port }, () => socket.once("data", (data) => resolve(String(data))));
        socket.once("error", reject);
      });
      expect(reply).toBe("ok");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
