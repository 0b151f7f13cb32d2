import { describe, expect, test, vi } from "vitest";
import { createLightFetch, LightRequest } from "../src/light-request.js";

const URL_WITH_QUERY = "http://127.0.0.1:8080/sapi/v1/margin/orderList?symbol=LTCBTC&orderListId=1";
const FORM = "symbol=LTCBTC&note=%E6%AD%A2%E6%8D%9F";

/** The same request as a platform Request and as a LightRequest. */
function both(url: string, init?: RequestInit) {
  return [new Request(url, init), new LightRequest(url, init) as unknown as Request] as const;
}

describe("LightRequest reads like a Request for what middlewares read", () => {
  test("url (as the URL parser writes it), method, headers, redirect", () => {
    // The parser re-encodes `'`, a space and a bare `|`: `url` is what goes on the wire, as Request's is.
    for (const request of both("http://127.0.0.1:8080/a b?q='x y'|", { method: "DELETE", headers: { "X-Tag": "1" } })) {
      expect(request.url).toBe("http://127.0.0.1:8080/a%20b?q=%27x%20y%27|");
      expect(request.method).toBe("DELETE");
      expect(request.headers.get("x-tag")).toBe("1");
      expect(request.redirect).toBe("follow");
    }
    const [, light] = both(URL_WITH_QUERY);
    expect(light.method).toBe("GET");
  });

  test("its headers are its own copy, and a middleware may change them", () => {
    const headers = new Headers({ a: "1" });
    const light = new LightRequest(URL_WITH_QUERY, { headers });
    light.headers.set("b", "2");
    expect(headers.has("b")).toBe(false);
    expect([...light.headers]).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  test("an invalid URL throws, as Request's constructor does", () => {
    expect(() => new Request("not a url")).toThrow(TypeError);
    expect(() => new LightRequest("not a url")).toThrow(TypeError);
  });

  test("the body reads as text, JSON, bytes, a Blob or form data; `body` is null without one", async () => {
    const init = { method: "POST", body: FORM, headers: { "content-type": "application/x-www-form-urlencoded" } };
    for (const request of both(URL_WITH_QUERY, init)) expect(await request.clone().text()).toBe(FORM);
    const light = new LightRequest(URL_WITH_QUERY, init) as unknown as Request;
    expect(light.body).toBe(FORM);
    expect(new TextDecoder().decode(await light.arrayBuffer())).toBe(FORM);
    expect(await (await light.blob()).text()).toBe(FORM);
    expect((await light.formData()).get("note")).toBe("止损");
    expect(await (new LightRequest(URL_WITH_QUERY, { method: "POST", body: '{"a":1}' }) as unknown as Request).json()).toEqual({ a: 1 });
    expect(new LightRequest(URL_WITH_QUERY).body).toBeNull();
  });

  test("signal: the caller's, or a fresh one that is never aborted", () => {
    const controller = new AbortController();
    expect(new LightRequest(URL_WITH_QUERY, { signal: controller.signal }).signal).toBe(controller.signal);
    const first = new LightRequest(URL_WITH_QUERY);
    const second = new LightRequest(URL_WITH_QUERY);
    expect(first.signal).toBeInstanceOf(AbortSignal);
    expect(first.signal.aborted).toBe(false);
    expect(first.signal).toBe(first.signal);
    // One per request, as Request has: listeners a middleware adds do not pile up on a shared signal.
    expect(second.signal).not.toBe(first.signal);
    expect(AbortSignal.any([first.signal]).aborted).toBe(false);
  });

  test("clone() and new LightRequest(url, request) keep every field", () => {
    const controller = new AbortController();
    const original = new LightRequest(URL_WITH_QUERY, {
      method: "POST",
      body: FORM,
      headers: { a: "1" },
      signal: controller.signal,
      redirect: "manual",
      credentials: "omit",
    });
    for (const copy of [original.clone(), new LightRequest(`${URL_WITH_QUERY}&x=1`, original as unknown as RequestInit)]) {
      expect(copy).toMatchObject({ method: "POST", body: FORM, signal: controller.signal, redirect: "manual", credentials: "omit" });
      expect(copy.headers.get("a")).toBe("1");
      expect(copy.headers).not.toBe(original.headers);
    }
  });

  test("new Request(url, lightRequest) builds the same request as from a Request", async () => {
    const init = { method: "POST", body: FORM, headers: { "content-type": "text/plain" }, redirect: "manual" as const };
    for (const source of both(URL_WITH_QUERY, init)) {
      const rebuilt = new Request(`${URL_WITH_QUERY}&added=1`, source);
      expect(rebuilt).toMatchObject({ method: "POST", redirect: "manual", url: `${URL_WITH_QUERY}&added=1` });
      expect(rebuilt.headers.get("content-type")).toBe("text/plain");
      expect(await rebuilt.text()).toBe(FORM);
    }
  });

  test("instanceof LightRequest accepts a LightRequest and a Request, nothing else", () => {
    expect(new LightRequest(URL_WITH_QUERY)).toBeInstanceOf(LightRequest);
    expect(new Request(URL_WITH_QUERY)).toBeInstanceOf(LightRequest);
    expect(Response.json({})).not.toBeInstanceOf(LightRequest);
    expect({ url: URL_WITH_QUERY }).not.toBeInstanceOf(LightRequest);
  });
});

describe("createLightFetch", () => {
  test("a caller's fetch receives a real Request with every field; a Request passes through untouched", async () => {
    const seen: Request[] = [];
    const send = createLightFetch(async (request) => {
      seen.push(request);
      return new Response("ok");
    });
    const controller = new AbortController();
    await send(new LightRequest(URL_WITH_QUERY, { method: "POST", body: FORM, headers: { a: "1" }, signal: controller.signal, redirect: "manual" }) as unknown as Request);
    const real = new Request(URL_WITH_QUERY);
    await send(real);
    const [first, second] = seen;
    expect(first).toBeInstanceOf(Request);
    expect(first).toMatchObject({ url: URL_WITH_QUERY, method: "POST", redirect: "manual" });
    expect(first?.headers.get("a")).toBe("1");
    expect(await first?.text()).toBe(FORM);
    controller.abort();
    expect(first?.signal.aborted).toBe(true);
    expect(second).toBe(real);
  });

  test("a timeoutMs field (the signer's timeout) reaches fetch as a signal, combined with the caller's, and not as a field", async () => {
    const calls: [string, RequestInit][] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (url: unknown, init?: RequestInit) => {
      calls.push([String(url), init ?? {}]);
      return new Response("ok");
    };
    const timeout = vi.spyOn(AbortSignal, "timeout");
    try {
      const send = createLightFetch();
      const controller = new AbortController();
      await send(new LightRequest(URL_WITH_QUERY, { signal: controller.signal, timeoutMs: 2500 } as RequestInit) as unknown as Request);
      await send(new LightRequest(URL_WITH_QUERY, { timeoutMs: 0 } as RequestInit) as unknown as Request);
      const [[, timed], [, untimed]] = calls as [[string, RequestInit], [string, RequestInit]];
      expect(timeout).toHaveBeenCalledExactlyOnceWith(2500);
      expect("timeoutMs" in timed).toBe(false);
      expect(timed.signal).not.toBe(controller.signal);
      controller.abort(new Error("stop"));
      expect(timed.signal?.aborted).toBe(true);
      expect(untimed.signal).toBeUndefined();
    } finally {
      globalThis.fetch = original;
      timeout.mockRestore();
    }
  });

  test("the platform fetch gets the URL and the fields, not a Request, and no signal nobody can abort", async () => {
    const calls: unknown[][] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (...args: unknown[]) => {
      calls.push(args);
      return new Response("ok");
    };
    try {
      const send = createLightFetch();
      const light = new LightRequest(URL_WITH_QUERY, { method: "DELETE", headers: { a: "1" } });
      expect(light.signal.aborted).toBe(false); // read: made, but not worth sending
      await send(light as unknown as Request, { dispatcher: "ext" } as RequestInit);
      const [[url, init]] = calls as [[string, RequestInit & { dispatcher?: string }]];
      expect(url).toBe(URL_WITH_QUERY);
      expect(init).toMatchObject({ method: "DELETE", redirect: "follow", body: null, dispatcher: "ext" });
      expect(init.signal).toBeUndefined();
      expect(new Headers(init.headers).get("a")).toBe("1");
    } finally {
      globalThis.fetch = original;
    }
  });
});
