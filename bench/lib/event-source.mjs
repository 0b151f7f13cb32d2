// The stream bench's event source: a loopback server that speaks just enough
// of Binance's listenToken flow for a stream client to subscribe, then sends
// pre-built event frames (lib/event-frames.mjs) as fast as the socket takes
// them, on request. Run in a process of its own (lib/event-source-process.mjs),
// so its work never lands on the measuring process's event loop.
//
// - `POST /sapi/v1/userListenToken` (X-MBX-APIKEY required; the signature is
//   not checked: this is an event source, not the sandbox) answers a fresh
//   token valid 24 hours, as Binance does.
// - `/ws-api/v3` upgrades to a WebSocket (RFC 6455, no extension: no
//   compression, so every consumer reads the same bytes) and answers
//   `userDataStream.subscribe.listenToken` (subscriptionId 0, the token's
//   expirationTime in µs) and `userDataStream.unsubscribe`.
// - `POST /blast?apiKey=K&count=N` writes the next N frames of the cycle to
//   the connection subscribed with K's token, in one write, and answers
//   `{ sent }` (the connection's total) once the bytes are with the kernel.
import { createHash } from "node:crypto";
import http from "node:http";
import { eventFrameTexts, frameRun, textFrame } from "./event-frames.mjs";

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const DAY_MS = 24 * 60 * 60 * 1000;

/** Decodes the client's frames (always masked) from a growing buffer; returns what is left over. */
function readFrames(buffer, onFrame) {
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = buffer[offset] & 0x0f;
    const masked = (buffer[offset + 1] & 0x80) !== 0;
    let length = buffer[offset + 1] & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - offset < 4) break;
      length = buffer.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - offset < 10) break;
      length = Number(buffer.readBigUInt64BE(offset + 2));
      header = 10;
    }
    const maskBytes = masked ? 4 : 0;
    if (buffer.length - offset < header + maskBytes + length) break;
    const payload = Buffer.from(buffer.subarray(offset + header + maskBytes, offset + header + maskBytes + length));
    if (masked) {
      const mask = buffer.subarray(offset + header, offset + header + 4);
      for (let index = 0; index < payload.length; index++) payload[index] ^= mask[index & 3];
    }
    onFrame(opcode, payload);
    offset += header + maskBytes + length;
  }
  return buffer.subarray(offset);
}

function controlFrame(opcode, payload = Buffer.alloc(0)) {
  return Buffer.concat([Buffer.from([0x80 | opcode, payload.length]), payload]);
}

/** @param {{ host?: string }} [options] */
export async function startEventSource({ host = "127.0.0.1" } = {}) {
  const frames = eventFrameTexts(0).map(textFrame);
  /** token -> apiKey */
  const tokens = new Map();
  /** apiKey -> { socket, sent } of the connection subscribed with one of its tokens */
  const subscribers = new Map();
  const sockets = new Set();
  let nextToken = 0;

  function answerToken(request, response) {
    const apiKey = request.headers["x-mbx-apikey"];
    if (typeof apiKey !== "string" || apiKey === "") {
      response.writeHead(401, { "Content-Type": "application/json" }).end('{"code":-2014,"msg":"API-key format invalid."}');
      return;
    }
    const token = `benchToken${String(nextToken++).padStart(8, "0")}${apiKey}`.slice(0, 70);
    tokens.set(token, apiKey);
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ token, expirationTime: Date.now() + DAY_MS }));
  }

  function blast(url, response) {
    const apiKey = url.searchParams.get("apiKey") ?? "";
    const count = Number(url.searchParams.get("count"));
    const subscriber = subscribers.get(apiKey);
    if (!subscriber || !(Number.isInteger(count) && count > 0)) {
      response.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ error: `no subscriber for ${apiKey} or a bad count` }));
      return;
    }
    const run = frameRun(frames, subscriber.sent % frames.length, count);
    subscriber.sent += count;
    const sent = subscriber.sent;
    subscriber.socket.write(run, () => response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ sent })));
  }

  function onRequestFrame(socket, text) {
    let request;
    try {
      request = JSON.parse(text);
    } catch {
      socket.write(textFrame(JSON.stringify({ id: null, status: 400, error: { code: -1135, msg: "Invalid JSON Request" } })));
      return;
    }
    const { id, method, params } = request;
    if (method === "userDataStream.subscribe.listenToken") {
      const apiKey = tokens.get(params?.listenToken);
      if (apiKey === undefined) {
        socket.write(textFrame(JSON.stringify({ id, status: 400, error: { code: -1209, msg: "Invalid listenToken." } })));
        return;
      }
      const previous = subscribers.get(apiKey);
      subscribers.set(apiKey, { socket, sent: previous?.socket === socket ? previous.sent : 0 });
      socket.write(textFrame(JSON.stringify({ id, status: 200, result: { subscriptionId: 0, expirationTime: (Date.now() + DAY_MS) * 1000 } })));
    } else if (method === "userDataStream.unsubscribe") {
      socket.write(textFrame(JSON.stringify({ id, status: 200, result: {} })));
    } else {
      socket.write(textFrame(JSON.stringify({ id, status: 400, error: { code: -1020, msg: "This operation is not supported." } })));
    }
  }

  function onUpgrade(request, socket) {
    const key = request.headers["sec-websocket-key"];
    if (request.url?.split("?")[0] !== "/ws-api/v3" || typeof key !== "string") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    const accept = createHash("sha1").update(key + WS_GUID).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket.setNoDelay(true);
    sockets.add(socket);
    let pending = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      pending = readFrames(pending.length === 0 ? chunk : Buffer.concat([pending, chunk]), (opcode, payload) => {
        if (opcode === 0x1) onRequestFrame(socket, payload.toString("utf8"));
        else if (opcode === 0x9) socket.write(controlFrame(0xa, payload));
        else if (opcode === 0x8) socket.end(controlFrame(0x8, payload.subarray(0, 2)));
      });
    });
    const forget = () => {
      sockets.delete(socket);
      for (const [apiKey, subscriber] of subscribers) if (subscriber.socket === socket) subscribers.delete(apiKey);
    };
    socket.on("close", forget);
    socket.on("error", forget);
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://event-source");
    request.resume();
    if (request.method === "POST" && url.pathname === "/sapi/v1/userListenToken") answerToken(request, response);
    else if (request.method === "POST" && url.pathname === "/blast") blast(url, response);
    else response.writeHead(404, { "Content-Type": "application/json" }).end('{"code":-1,"msg":"not served by the event source"}');
  });
  server.on("upgrade", onUpgrade);
  await new Promise((resolve) => server.listen(0, host, resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://${host}:${port}`,
    streamUrl: `ws://${host}:${port}/ws-api/v3`,
    close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
