// The stream bench's events: Binance-shaped `{ subscriptionId, event }`
// frames (an OCO's life: two executionReports NEW, a listStatus
// EXEC_STARTED, a fill TRADE, the partner's EXPIRED, a listStatus ALL_DONE,
// field for field as the sandbox sends them), built once as text and as
// WebSocket frames (server to client: unmasked, FIN, text). The event source
// writes the bytes as they are, so what it costs to send them is a memory
// copy and the consumer, not the server, sets the pace.
//
// Every event's time `E` is the cycle's base time plus its place in the
// cycle, so a consumer can check that it received every frame, in order,
// with one comparison.

/** Frames in one pre-built cycle (about 700 B each: ~0.6 MB a cycle). */
export const CYCLE = 1000;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A 22-character base62 client id, as the sandbox and Binance generate them (random-looking, fixed per seed). */
function clientId(seed) {
  let state = (seed * 2654435761 + 1013904223) >>> 0;
  let id = "";
  for (let index = 0; index < 22; index++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    id += BASE62[state % 62];
  }
  return id;
}

/** The ids of cycle position `index` (0-based): six events per OCO list. */
function eventAt(index, baseTime) {
  const time = baseTime + index;
  const list = Math.floor(index / 6);
  const step = index % 6;
  const stopId = 2 * list + 1;
  const limitId = 2 * list + 2;
  const symbol = "BTCUSDT";
  const stopClient = clientId(2 * list);
  const limitClient = clientId(2 * list + 1);
  const order = (fields) => ({
    e: "executionReport",
    E: time,
    s: symbol,
    S: "SELL",
    f: "GTC",
    q: "0.01000000",
    F: "0.00000000",
    g: list,
    C: "",
    r: "NONE",
    T: time,
    I: index + 1,
    M: false,
    O: time,
    V: "NONE",
    ...fields,
  });
  const stop = { c: stopClient, o: "STOP_LOSS_LIMIT", p: "58900.00000000", P: "59000.00000000", i: stopId };
  const limit = { c: limitClient, o: "LIMIT_MAKER", p: "61000.00000000", P: "0.00000000", i: limitId };
  const untraded = { l: "0.00000000", z: "0.00000000", L: "0.00000000", n: "0", N: null, t: -1, m: false, Z: "0.00000000", Y: "0.00000000", Q: "0.00000000" };
  const listStatus = (l, L) => ({
    e: "listStatus",
    E: time,
    s: symbol,
    g: list,
    c: "OCO",
    l,
    L,
    r: "NONE",
    C: clientId(1_000_000 + list),
    T: time,
    O: [
      { s: symbol, i: stopId, c: stopClient },
      { s: symbol, i: limitId, c: limitClient },
    ],
  });
  switch (step) {
    case 0:
      return order({ ...stop, x: "NEW", X: "NEW", ...untraded, w: false });
    case 1:
      return order({ ...limit, x: "NEW", X: "NEW", ...untraded, w: true, W: time });
    case 2:
      return listStatus("EXEC_STARTED", "EXECUTING");
    case 3:
      return order({
        ...limit,
        x: "TRADE",
        X: "FILLED",
        l: "0.01000000",
        z: "0.01000000",
        L: "61000.00000000",
        n: "0.00000000",
        N: "USDT",
        t: list + 1,
        m: true,
        w: false,
        Z: "610.00000000",
        Y: "610.00000000",
        Q: "0.00000000",
      });
    case 4:
      return order({ ...stop, x: "EXPIRED", X: "EXPIRED", ...untraded, w: false, eR: "OCO_TRIGGER" });
    default:
      return listStatus("ALL_DONE", "ALL_DONE");
  }
}

/** The event time of the cycle's first event. */
export const BASE_TIME = 1796642067385;

/** The cycle's frame texts for one subscription. */
export function eventFrameTexts(subscriptionId) {
  return Array.from({ length: CYCLE }, (_, index) => JSON.stringify({ subscriptionId, event: eventAt(index, BASE_TIME) }));
}

/** One server-to-client WebSocket frame: FIN + text opcode, no mask, the length in 7, 16 or 64 bits. */
export function textFrame(text) {
  const payload = Buffer.from(text, "utf8");
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x81;
  if (length < 126) header[1] = length;
  else if (length < 65536) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** `count` frames starting at cycle position `from`, as one buffer (the cycle repeats). */
export function frameRun(frames, from, count) {
  const parts = new Array(count);
  for (let index = 0; index < count; index++) parts[index] = frames[(from + index) % frames.length];
  return Buffer.concat(parts);
}

/** The `E` the n-th event (0-based, counted over the connection's life) carries. */
export function expectedEventTime(n) {
  return BASE_TIME + (n % CYCLE);
}
