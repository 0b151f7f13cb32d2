// Hard stop for any TCP connection that is not to this machine.
//
// Why: the peer SDKs ship with api.binance.com baked in and some of them
// fetch server time or markets on their own. Pointing their URLs at the
// sandbox is the plan; this guard proves the plan held. Every client here
// (undici's fetch, axios, node:http) ends in net.Socket#connect, so the
// check sits there and throws before a packet leaves.
import net from "node:net";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

export function isLoopbackHost(host) {
  return LOOPBACK_HOSTS.has(String(host)) || /^127\.\d+\.\d+\.\d+$/.test(String(host));
}

let installed = false;

export function allowLoopbackOnly() {
  if (installed) return;
  installed = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const first = args[0];
    const options = Array.isArray(first) ? first[0] : first;
    const host = typeof options === "object" && options !== null ? options.host : typeof args[1] === "string" ? args[1] : undefined;
    const isPipe = typeof options === "object" && options !== null && typeof options.path === "string";
    if (!isPipe && !isLoopbackHost(host ?? "localhost")) {
      throw new Error(`bench: refusing a connection to non-loopback host ${host}`);
    }
    return connect.apply(this, args);
  };
}
