import type { ExportFile } from '../exports/export-file';

/** RFC 5987 `ext-value` encoding: percent-encodes everything outside attr-char, including ' ( ) *. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII fallback name and the UTF-8 name (`filename*`) that browsers prefer. */
export function contentDisposition(filename: string, fallback: string): string {
  const ascii = fallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** A download response for a generated file; private data, so never cached. */
export function fileResponse(file: ExportFile): Response {
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename, file.fallbackFilename),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
