// Hard stop for any TCP connection that is not to this machine, installed
// before every test file (vitest `setupFiles`).
//
// Why: the third-party clients ship with api.binance.com baked in, and some of
// them fetch server time or markets on their own. Every client under test is
// pointed at the loopback sandbox; this guard proves that held. axios, undici's
// fetch and node:http all end in net.Socket#connect, so the check sits there and
// throws before a packet leaves. (The same guard protects bench/ runs.)
import net from "node:net";

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]"]);

function isLoopback(host: unknown): boolean {
  const name = String(host);
  return LOOPBACK_NAMES.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

type ConnectArgs = Parameters<typeof net.Socket.prototype.connect>;

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loopbackOnlyConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  const isPipe = typeof options === "object" && options !== null && typeof (options as { path?: unknown }).path === "string";
  const host =
    typeof options === "object" && options !== null
      ? (options as { host?: unknown }).host
      : typeof args[1] === "string"
        ? args[1]
        : undefined;
  if (!isPipe && !isLoopback(host ?? "localhost")) {
    throw new Error(`conformance: refusing a connection to non-loopback host ${String(host)}`);
  }
  return connect.apply(this, args as ConnectArgs);
} as typeof net.Socket.prototype.connect;
