import { afterEach, describe, expect, it } from "vitest";
import { fetchTargetHost, guardFetch, isLoopbackHost } from "../lib/loopback-guard.mjs";

// The guard Bun's and Deno's children install on `fetch` (theirs never reaches
// net.Socket): only loopback hosts pass, whatever the URL looks like.
describe("loopback guard on fetch", () => {
  const original = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = original;
  });

  /** Installs the guard over a recording stand-in for the network, which the guard must (or must not) reach. */
  function guarded(origin: string) {
    const reached: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      reached.push(String(input instanceof Request ? input.url : input));
      return new Response("{}");
    }) as typeof fetch;
    guardFetch(origin);
    return reached;
  }

  it("knows loopback hosts", () => {
    for (const host of ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"]) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["api.binance.com", "10.0.0.1", "127.0.0.1.example.com", "0.0.0.0", ""]) expect(isLoopbackHost(host), host).toBe(false);
  });

  it("reads the host of a string, a URL and a Request", () => {
    expect(fetchTargetHost("http://127.0.0.1:1/x")).toBe("127.0.0.1");
    expect(fetchTargetHost(new URL("https://api.binance.com/sapi"))).toBe("api.binance.com");
    expect(fetchTargetHost(new Request("http://localhost:9/"))).toBe("localhost");
  });

  it("lets calls to the sandbox and other loopback hosts through", async () => {
    const reached = guarded("http://127.0.0.1:4010");
    await fetch("http://127.0.0.1:4010/sapi/v1/margin/orderList?x=1");
    await fetch(new URL("http://localhost:5000/"));
    await fetch(new Request("http://[::1]:6000/"));
    expect(reached).toEqual(["http://127.0.0.1:4010/sapi/v1/margin/orderList?x=1", "http://localhost:5000/", "http://[::1]:6000/"]);
  });

  it("refuses anything else before it reaches the network, also behind a loopback-looking prefix", async () => {
    const reached = guarded("http://127.0.0.1:4010");
    for (const url of [
      "https://api.binance.com/api/v3/time",
      "http://127.0.0.1:4010@api.binance.com/sapi/v1/margin/orderList",
      "http://127.0.0.1.nip.example:4010/",
    ]) {
      await expect(fetch(url), url).rejects.toThrow(/non-loopback/);
    }
    await expect(fetch(new Request("https://api.binance.com/"))).rejects.toThrow(/non-loopback/);
    expect(reached).toEqual([]);
  });

  it("accepts only a loopback origin to trust", () => {
    expect(() => guardFetch("https://api.binance.com")).toThrow(/not a loopback origin/);
  });
});
