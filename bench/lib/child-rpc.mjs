// The request/answer protocol between the bench and the sandbox processes it
// forks: the child announces `{ ready }` once, then answers each
// `{ id, operation, args }` with `{ id, result }` or `{ id, error }` (a
// message: errors do not cross IPC). A child that exits fails whatever still
// waits on it, so a dead sandbox ends a run instead of hanging it.

/** In the child: answer the parent's calls from `operations`, then announce `ready`. */
export function serveOperations(operations, ready) {
  process.on("message", async ({ id, operation, args }) => {
    try {
      process.send({ id, result: await operations[operation](args) });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  process.send({ ready });
}

/** In the parent: `ready` (what the child announced) and `ask(operation, args)`. */
export function operationsOf(child, name) {
  const pending = new Map();
  let nextId = 0;
  child.once("exit", (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`${name} exited (${code})`));
    pending.clear();
  });
  const ready = new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
    child.on("message", (message) => {
      if (message.ready) {
        resolve(message.ready);
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result);
    });
  });
  const ask = (operation, args) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, operation, args });
    });
  return { ready, ask };
}
