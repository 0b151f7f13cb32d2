// Asks the event source (lib/event-source.mjs) to send the next `count`
// frames to the connection subscribed with `apiKey`'s token. node:http with
// one keep-alive socket: the request costs the consumer's process as little
// as a request can, and the same for every contender.
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** @returns {Promise<number>} the connection's total of frames sent */
export function blast(baseUrl, apiKey, count) {
  const url = new URL(`/blast?apiKey=${encodeURIComponent(apiKey)}&count=${count}`, baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => {
        if (response.statusCode !== 200) reject(new Error(`blast: ${response.statusCode} ${body}`));
        else resolve(JSON.parse(body).sent);
      });
    });
    request.on("error", reject);
    request.end();
  });
}

export function closeBlastAgent() {
  agent.destroy();
}
