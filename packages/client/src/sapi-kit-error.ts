/**
 * Every error sapi-kit throws (client and signer) extends this class, so
 * callers can catch the whole family with one `instanceof` and branch on the
 * stable `code`. It lives in the client, the package every sapi-kit user
 * installs; the signer imports it from `@sapi-kit/client/errors`.
 */
export class SapiKitError extends Error {
  // `declare`: assigned in the constructor, which keeps the bundle small.
  declare readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}
