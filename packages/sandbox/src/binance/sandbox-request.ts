/** A received request, reduced to what the routes need. */
export interface SandboxRequest {
  readonly method: string;
  readonly path: string;
  /** Raw query string without the leading `?`, byte for byte as received. */
  readonly query: string;
  /** The request body as received (UTF-8), "" when there is none. Only complete bodies get here. */
  readonly body: string;
  /** The Content-Type header, if sent. */
  readonly contentType: string | undefined;
  /** The X-MBX-APIKEY header, if sent. */
  readonly apiKey: string | undefined;
  readonly remoteAddress: string;
}

/** What a route answers. `executed` marks a request that changed state. */
export interface SandboxResponse {
  readonly status: number;
  readonly body: unknown;
  readonly executed: boolean;
}
