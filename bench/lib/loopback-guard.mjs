// Hard stop for any connection that is not to this machine.
//
// Why: the peer SDKs ship with api.binance.com baked in and some of them
// fetch server time or markets on their own. Pointing their URLs at the
// sandbox is the plan; this guard proves the plan held. On Node every client
// here (undici's fetch, axios, node:http) ends in net.Socket#connect, so the
// check sits there and throws before a packet leaves. Bun's and Deno's
// `fetch` are native and never reach net.Socket: their children guard
// `fetch` itself (guardFetch), and Deno runs with --allow-net for the
// sandbox's host:port only.
import net from "node:net";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

export function isLoopbackHost(host) {
  return LOOPBACK_HOSTS.has(String(host)) || /^127\.\d+\.\d+\.\d+$/.test(String(host));
}

/** The host a `fetch` input names: a string, a URL or a Request. */
export function fetchTargetHost(input) {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : String(input?.url ?? input);
  return new URL(url).hostname;
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

/**
 * Guards the global `fetch` as well: needed where it is native (Bun, Deno)
 * and never reaches net.Socket. Call it before any client is created (clients
 * may keep the `fetch` they find). A URL under `origin` (the sandbox's, ending
 * the authority with its "/") passes on a prefix check, so the calls being
 * timed pay no URL parse; any other URL is parsed and must name a loopback host.
 * @param {string} origin e.g. "http://127.0.0.1:4010"
 */
export function guardFetch(origin) {
  const fetch = globalThis.fetch;
  const prefix = `${new URL(origin).origin}/`;
  if (!isLoopbackHost(new URL(origin).hostname)) throw new Error(`bench: ${origin} is not a loopback origin`);
  globalThis.fetch = function guardedFetch(input, init) {
    if (!(typeof input === "string" && input.startsWith(prefix))) {
      const host = fetchTargetHost(input);
      if (!isLoopbackHost(host)) return Promise.reject(new Error(`bench: refusing a fetch to non-loopback host ${host}`));
    }
    return fetch(input, init);
  };
}
