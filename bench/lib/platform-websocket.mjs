// Node 20 has a platform WebSocket (undici's, the one Node 22 ships enabled)
// only behind a flag; later Nodes have it by default. The stream bench's
// children run with it, so the floor and @sapi-kit/stream use the same one.
export function platformWebSocketFlags(version = process.versions.node) {
  return Number(version.split(".")[0]) < 22 ? ["--experimental-websocket"] : [];
}
