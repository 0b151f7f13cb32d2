// The sandbox as a measuring child sees it (lib/per-call-child.mjs on Node,
// lib/runtime-child.mjs on Bun and Deno): the lists to cancel were seeded by
// the parent before the child started and arrive with its input; the parent
// counts every cancel at the sandbox once the child is done.

/**
 * The parent's side: what such a child reads on stdin (the sandbox, the
 * credentials, the lists seeded for it, the round sizes, and `extra`).
 * @param {{ baseUrl: string, credentials: { apiKey: string, apiSecret: string } }} target
 * @param {{ symbol: string, orderListId: number }[]} orders
 */
export function preseededInput(target, orders, config, extra = {}) {
  return JSON.stringify({
    baseUrl: target.baseUrl,
    ...target.credentials,
    symbol: orders[0].symbol,
    orderListIds: orders.map((order) => order.orderListId),
    config,
    ...extra,
  });
}

/**
 * The child's side.
 * @param {{ baseUrl: string, apiKey: string, apiSecret: string, symbol: string, orderListIds: number[] }} input
 */
export function preseededTarget(input) {
  let next = 0;
  return {
    baseUrl: input.baseUrl,
    credentials: { apiKey: input.apiKey, apiSecret: input.apiSecret },
    /** The next `count` seeded lists, each handed out once. */
    seed(count) {
      if (next + count > input.orderListIds.length) throw new RangeError(`measuring child: ran out of seeded lists at ${next} + ${count}`);
      const ids = input.orderListIds.slice(next, next + count);
      next += count;
      return ids.map((orderListId) => ({ symbol: input.symbol, orderListId }));
    },
    expectOnlyCancels() {},
    /** How many lists were handed out: the parent expects exactly that many cancels. */
    used: () => next,
  };
}
