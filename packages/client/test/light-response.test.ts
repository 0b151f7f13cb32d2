// The Node entry's LightResponse and LightHeaders (src/light-response.ts,
// src/light-headers.ts) stand for undici's Response and Headers: what a caller
// reads of them must be what the platform classes give for the same input.
import { describe, expect, test } from "vitest";
import { LightHeaders } from "../src/light-headers.js";
import { LightResponse } from "../src/light-response.js";

const URL_ = "http://127.0.0.1:9/sapi/v1/margin/orderList";
const RAW = ["Content-Type", "application/json", "Set-Cookie", "a=1", "X-SAPI-USED-UID-WEIGHT-1M", "1", "set-cookie", "b=2"];
// A leading byte order mark, which fetch's text() drops, and a character outside ASCII.
const BYTES = Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"msg":"止损"}')]);

/** The same response as a LightResponse and as a platform Response. */
function both(bytes: Buffer | null = BYTES, status = 200) {
  const headers = new Headers();
  for (let at = 0; at < RAW.length; at += 2) headers.append(RAW[at] as string, RAW[at + 1] as string);
  const real = new Response(bytes as BodyInit | null, { status, statusText: "OK", headers });
  return [new LightResponse(URL_, status, "OK", RAW, bytes) as Response, real] as const;
}

const failure = (read: () => Promise<unknown>) =>
  read().then(
    () => undefined,
    (error: Error) => `${error.constructor.name}: ${error.message}`,
  );

describe("LightResponse reads as the Response fetch gives", () => {
  test("status, ok, statusText, headers (a repeated Set-Cookie kept apart), url, type", () => {
    const [light, real] = both();
    for (const key of ["status", "ok", "statusText", "redirected", "bodyUsed"] as const) expect(light[key], key).toBe(real[key]);
    expect([...light.headers]).toEqual([...real.headers]);
    expect(light.headers.getSetCookie()).toEqual(real.headers.getSetCookie());
    expect(light.headers.get("set-cookie")).toBe(real.headers.get("set-cookie"));
    expect(light.url).toBe(URL_);
    expect(light.type).toBe("basic");
    expect(Object.prototype.toString.call(light)).toBe(Object.prototype.toString.call(real));
  });

  test("text() and json() decode as fetch does (UTF-8, no BOM); arrayBuffer() gives the bytes", async () => {
    const [light, real] = both();
    expect(await light.text()).toBe(await real.text());
    expect(await both()[0].json()).toEqual({ msg: "止损" });
    expect(new Uint8Array(await both()[0].arrayBuffer())).toEqual(new Uint8Array(BYTES));
  });

  test("the body reads once: a second read and a clone after it fail as the Response's do", async () => {
    const [light, real] = both();
    await light.text();
    await real.text();
    expect(light.bodyUsed).toBe(true);
    expect(await failure(() => light.text())).toBe(await failure(() => real.text()));
    expect(() => light.clone()).toThrow(TypeError);
    expect(() => real.clone()).toThrow(TypeError);
  });

  test("clone() reads on its own, from the same bytes", async () => {
    const [light] = both();
    const copy = light.clone();
    expect(await copy.json()).toEqual({ msg: "止损" });
    expect(light.bodyUsed).toBe(false);
    expect(await light.json()).toEqual({ msg: "止损" });
  });

  test("body as a stream, blob(), bytes() and formData() come from the real Response it turns into", async () => {
    const [light, real] = both();
    expect(light.body).toBeInstanceOf(ReadableStream);
    expect(await new Response(light.body).text()).toBe(await real.text());
    expect(await (await both()[0].blob()).text()).toBe(await (await both()[1].blob()).text());
    const form = new LightResponse(URL_, 200, "OK", ["content-type", "application/x-www-form-urlencoded"], Buffer.from("a=1&b=%E6%AD%A2"));
    expect((await form.formData()).get("b")).toBe("止");
    // Turned into a Response, it reads through it from then on.
    const [streamed] = both();
    await new Response(streamed.body).text();
    expect(streamed.bodyUsed).toBe(true);
    expect(await failure(() => streamed.text())).toMatch(/^TypeError/);
  });

  test("no body (204, HEAD): body is null and reads as empty, as the Response's", async () => {
    const light = new LightResponse(URL_, 204, "No Content", [], null);
    const real = new Response(null, { status: 204 });
    expect(light.body).toBe(real.body);
    expect(await light.text()).toBe(await real.text());
  });

  test("a body that failed after the status line fails every read with that error", async () => {
    const reason = new Error("cut off");
    const light = new LightResponse(URL_, 200, "OK", [], null, { error: reason });
    await expect(light.text()).rejects.toBe(reason);
    const again = new LightResponse(URL_, 200, "OK", [], null, { error: reason });
    await expect(new Response(again.body).text()).rejects.toBe(reason);
  });

  test("a status the Response constructor refuses throws a RangeError, as there", () => {
    expect(() => new Response(null, { status: 600 })).toThrow(RangeError);
    expect(() => new LightResponse(URL_, 600, "", [], null)).toThrow(RangeError);
  });

  test("a new Response() can be built from it, as from a Response", async () => {
    const [light] = both();
    const copy = new Response(light.body, light);
    expect(copy.status).toBe(200);
    expect(copy.headers.get("content-type")).toBe("application/json");
  });
});

describe("LightHeaders behaves as Headers", () => {
  /** Applies the same operations to both and returns what each holds. */
  function apply(run: (headers: Headers) => void) {
    const light = new LightHeaders() as unknown as Headers;
    const real = new Headers();
    run(light);
    run(real);
    return [[...light], [...real]];
  }

  test("case-insensitive names, appended values joined, set replaces, delete removes, values trimmed, sorted iteration", () => {
    const [light, real] = apply((headers) => {
      headers.append("X-B", " 1 ");
      headers.append("x-b", "2");
      headers.set("A", "\tz");
      headers.append("c", "3");
      headers.delete("C");
      headers.append("Set-Cookie", "k=1");
      headers.append("set-cookie", "k=2");
    });
    expect(light).toEqual(real);
  });

  test("get, has, forEach, keys, values, getSetCookie; built from a record, pairs, Headers or LightHeaders", () => {
    const init = { "X-A": "1", "set-cookie": "s=1" };
    const light = new LightHeaders(init);
    const real = new Headers(init);
    expect(light.get("x-a")).toBe(real.get("x-a"));
    expect(light.get("missing")).toBe(real.get("missing"));
    expect(light.has("X-A")).toBe(real.has("X-A"));
    const seen: string[][] = [[], []];
    light.forEach((value, name) => {
      seen[0]?.push(`${name}=${value}`);
    });
    real.forEach((value, name) => {
      seen[1]?.push(`${name}=${value}`);
    });
    expect(seen[0]).toEqual(seen[1]);
    expect([...light.keys()]).toEqual([...real.keys()]);
    expect([...light.values()]).toEqual([...real.values()]);
    expect(light.getSetCookie()).toEqual(real.getSetCookie());
    expect([...new LightHeaders([["X-A", "1"], ["set-cookie", "s=1"]])]).toEqual([...real]);
    for (const source of [real, light]) expect([...new LightHeaders(source)]).toEqual([...real]);
    // And the platform classes take them as they take Headers.
    expect([...new Headers(light)]).toEqual([...real]);
    expect(new Request(URL_, { headers: light }).headers.get("x-a")).toBe("1");
  });

  test("an invalid name or value throws a TypeError, as Headers does", () => {
    for (const [name, value] of [
      ["bad name", "1"],
      ["x", "a\r\nb"],
      ["x", "€"],
    ]) {
      expect(() => new Headers().set(name as string, value as string)).toThrow(TypeError);
      expect(() => new LightHeaders().set(name as string, value as string)).toThrow(TypeError);
    }
  });
});
