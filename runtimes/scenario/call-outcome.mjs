// What one client call returned, as JSON the host can check: status, data
// and error, or the exception's name, code and message.
/** @typedef {import("./scenario-types.js").CallOutcome} CallOutcome */

/**
 * @param {() => Promise<{ data?: unknown, error?: unknown, response: Response }>} send
 * @returns {Promise<CallOutcome>}
 */
export async function call(send) {
  try {
    const { data, error, response } = await send();
    return { status: response.status, data, error };
  } catch (thrown) {
    return { thrown: describeThrown(thrown) };
  }
}

/** @param {unknown} thrown */
export function describeThrown(thrown) {
  if (!(thrown instanceof Error)) return `non-error thrown: ${typeof thrown}`;
  const code = /** @type {{ code?: unknown }} */ (thrown).code;
  return `${thrown.name}${code === undefined ? "" : ` ${String(code)}`}: ${thrown.message}`;
}
