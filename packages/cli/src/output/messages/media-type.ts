// The media type of a Content-Type header, as both languages name it when a
// body is not JSON: `text/html; charset=utf-8` -> `text/html`.
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(";")[0]?.trim() || undefined;
}
