import type { IncomingHttpHeaders } from "node:http";

/**
 * Who may call the sandbox's admin routes: programs on this machine, never a
 * web page. Listening on loopback is not enough, because a browser on the
 * same machine reaches loopback too: any page can send a "simple" request
 * (a form POST, a no-cors fetch) to 127.0.0.1:<port>, and a DNS-rebinding
 * page (evil.example resolving to 127.0.0.1) can even read the answer. So an
 * admin request is refused (403) when any of these says a page sent it:
 *
 * - the peer is not a loopback address;
 * - `Host` is missing or is not a loopback name or address (127.0.0.0/8,
 *   `localhost`, `[::1]`, any port): a rebound page sends its own host name;
 * - `Origin` is present and is not the sandbox's own origin
 *   (`http://` + the Host it was called by); `Origin: null` (sandboxed
 *   frames, file: pages, some redirects) is never its own;
 * - `Sec-Fetch-Site` is `cross-site` or `same-site` (same-site is another
 *   origin on the same site, e.g. a dev server on another loopback port).
 *
 * Plain clients (curl, the CLI's demo, any language's HTTP library) send a
 * loopback Host and no Origin or Sec-Fetch-Site, so they pass. The POST
 * route's JSON-only rule (admin-routes.ts) closes the rest: a page cannot
 * send `Content-Type: application/json` cross-origin without a CORS
 * preflight, and the request handler never approves one for admin routes.
 */

/** 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** A Host header naming loopback: `localhost`, 127.x.y.z or `[::1]` (IPv4-mapped too), with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(host);
  if (!match) return false;
  const [, bracketed, name] = match;
  if (bracketed !== undefined) return isLoopbackAddress(bracketed.toLowerCase());
  return name?.toLowerCase() === "localhost" || isLoopbackAddress(name ?? "");
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(",") : value);

/** Why a page (not a program on this machine) may have sent this admin request, or undefined when none says so. */
export function adminRefusal(remoteAddress: string, headers: IncomingHttpHeaders): string | undefined {
  if (!isLoopbackAddress(remoteAddress)) return "Sandbox admin routes answer loopback clients only.";
  const host = single(headers.host) ?? "";
  if (!isLoopbackHost(host)) {
    return `Sandbox admin routes answer a loopback Host only (127.0.0.1, localhost, [::1]), not ${JSON.stringify(host)}: web pages may not move prices.`;
  }
  const origin = single(headers.origin);
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
    return `Sandbox admin routes refuse requests from web pages (Origin ${JSON.stringify(origin)}); call them from a program, e.g. curl.`;
  }
  const site = single(headers["sec-fetch-site"])?.toLowerCase();
  if (site === "cross-site" || site === "same-site") {
    return `Sandbox admin routes refuse requests from other origins (Sec-Fetch-Site: ${site}); call them from a program, e.g. curl.`;
  }
  return undefined;
}
