// The event source in a process of its own (forked by startEventSourceProcess
// in lib/event-source-target.mjs): it sends its addresses over IPC once it
// listens, and stops when the parent disconnects.
import { startEventSource } from "./event-source.mjs";

const source = await startEventSource();
process.send({ ready: { baseUrl: source.baseUrl, streamUrl: source.streamUrl } });
process.on("disconnect", () => {
  source.close().then(() => process.exit(0));
});
