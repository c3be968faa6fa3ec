/**
 * `inline; filename="..."; filename*=UTF-8''...` for a user-given file name: the ASCII fallback drops
 * quotes, backslashes and control characters; the UTF-8 form keeps the name as it was.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
