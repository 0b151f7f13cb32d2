import { describe, expect, it } from "vitest";
import { fastestHmac, hmacCandidates, timeHmacs } from "../lib/runtime-hmacs.mjs";

// Binance's published HMAC example (API docs, "SIGNED endpoint examples").
const SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
const QUERY = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
const SIGNATURE = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";

describe("the HMACs a runtime's floor can sign with", () => {
  it("offer node:crypto and WebCrypto on Node, each giving Binance's example signature", async () => {
    const candidates = await hmacCandidates(SECRET);
    expect(candidates.map((candidate) => candidate.id)).toEqual(["node:crypto", "WebCrypto"]);
    for (const candidate of candidates) expect(await candidate.sign(QUERY), candidate.id).toBe(SIGNATURE);
  });

  it("are timed only when they agree: one wrong signature stops the run", async () => {
    const candidates = await hmacCandidates(SECRET);
    const wrong = { id: "wrong", sign: () => "0".repeat(64) };
    await expect(timeHmacs([...candidates, wrong], { passes: 1, signs: 2 })).rejects.toThrow(/wrong disagrees/);
    const timings = await timeHmacs(candidates.slice(0, 1), { passes: 1, signs: 2 });
    expect(timings).toHaveLength(1);
    expect(timings[0]?.usPerSign).toBeGreaterThan(0);
  });

  it("pick the fastest, the first one on a tie", () => {
    expect(fastestHmac([{ id: "a", usPerSign: 3 }, { id: "b", usPerSign: 0.9 }, { id: "c", usPerSign: 70 }]).id).toBe("b");
    expect(fastestHmac([{ id: "a", usPerSign: 1 }, { id: "b", usPerSign: 1 }]).id).toBe("a");
    expect(() => fastestHmac([])).toThrow(RangeError);
  });
});
