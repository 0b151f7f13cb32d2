/**
 * The media type of a Content-Type header, lower-cased and without its
 * parameters (`Application/JSON; charset=UTF-8` -> `application/json`), or
 * undefined when there is none: what both the Binance routes (form bodies)
 * and the admin routes (JSON bodies) compare against.
 */
export const mediaType = (contentType: string | undefined): string | undefined => contentType?.split(";")[0]?.trim().toLowerCase();
