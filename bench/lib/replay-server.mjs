// A loopback server for the heap check's 100,000+ calls: it answers every
// signed cancel with one answer recorded from the sandbox (same status,
// headers and body bytes), after checking the API key and the HMAC of the
// query. The sandbox would keep a list per cancel (about 3.6 kB each) and
// spend most of the run on order logic; the heap check measures the caller,
// so what it needs from the server is a real, verified exchange, cheaply.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { CANCEL_PATH } from "./cancel-path.mjs";

/**
 * @param {{ apiKey: string, apiSecret: string, answer: { status: number, headers: Record<string, string>, body: string } }} options
 */
export async function startReplayServer({ apiKey, apiSecret, answer }) {
  const counts = { verified: 0, refused: 0 };
  const refusal = JSON.stringify({ code: -1022, msg: "Signature for this request is not valid." });
  const server = createServer((request, response) => {
    const url = request.url ?? "";
    const queryAt = url.indexOf("?");
    const signatureAt = url.lastIndexOf("&signature=");
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const valid =
      request.method === "DELETE" &&
      path === CANCEL_PATH &&
      request.headers["x-mbx-apikey"] === apiKey &&
      signatureAt > queryAt &&
      createHmac("sha256", apiSecret).update(url.slice(queryAt + 1, signatureAt)).digest("hex") === url.slice(signatureAt + 11);
    // Drain the request before answering, as a real server does.
    request.resume();
    if (valid) {
      counts.verified++;
      response.writeHead(answer.status, answer.headers).end(answer.body);
    } else {
      counts.refused++;
      response.writeHead(400, { "content-type": "application/json;charset=UTF-8" }).end(refusal);
    }
  });
  server.keepAliveTimeout = 120_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    /** Verified and refused calls since the last take; resets both. */
    takeCounts() {
      const taken = { ...counts };
      counts.verified = 0;
      counts.refused = 0;
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** One real signed cancel against the sandbox, kept as the replay server's answer. */
export async function recordCancelAnswer(target) {
  const [order] = await target.seed(1);
  const query = `symbol=${order.symbol}&orderListId=${order.orderListId}&timestamp=${Date.now()}`;
  const signature = createHmac("sha256", target.credentials.apiSecret).update(query).digest("hex");
  const response = await fetch(`${target.baseUrl}${CANCEL_PATH}?${query}&signature=${signature}`, {
    method: "DELETE",
    headers: { "X-MBX-APIKEY": target.credentials.apiKey },
  });
  const body = await response.text();
  await target.expectOnlyCancels(1, "recording the heap check's answer");
  const headers = {};
  for (const name of ["content-type", "x-sapi-used-uid-weight-1m"]) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body };
}
