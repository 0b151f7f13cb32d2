import type { Middleware } from "openapi-fetch";

/**
 * Runs one request through a middleware's onRequest with the arguments
 * openapi-fetch passes, and returns the Request it hands back (the signed
 * one). Nothing is sent: the options' fetch rejects if anything calls it.
 */
export async function runOnRequest(middleware: Middleware, request: Request, id = "test"): Promise<Request> {
  const { origin, pathname } = new URL(request.url);
  const result = await middleware.onRequest?.({
    request,
    schemaPath: pathname,
    params: {},
    id,
    options: {
      baseUrl: origin,
      fetch: () => Promise.reject(new Error("nothing is sent in these tests")),
      parseAs: "json",
      querySerializer: () => "",
      bodySerializer: () => "",
      pathSerializer: (path) => path,
    },
  });
  if (!(result instanceof Request)) throw new Error("onRequest did not return a Request");
  return result;
}
