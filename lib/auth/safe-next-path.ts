/** Where sign-in may send the user afterwards: only a path of this site, never another origin. */

const PLACEHOLDER_ORIGIN = 'http://jixiao.invalid';
const MAX_LENGTH = 2000;
/** Control characters: URL parsers drop tabs and newlines, so `/\t/evil` would become `//evil`. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function decodedOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A path that starts with exactly one `/`, with no backslash or control character anywhere. */
function isPlainPath(text: string): boolean {
  return text.startsWith('/') && !text.startsWith('//') && !text.includes('\\') && !CONTROL.test(text);
}

/**
 * The `next` parameter as a path of this site (`/projects/3?asOf=2022-06`), or `fallback` for anything else:
 * another origin, a protocol-relative or backslash form (`//evil`, `/\evil`, `/%5Cevil`), a scheme (`javascript:`),
 * or control characters. Both the text and its percent-decoded form must be plain paths, and
 * the text parsed against a placeholder origin must stay on it; the parsed path is what is returned.
 */
export function safeNextPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  const decoded = decodedOnce(raw);
  if (decoded === null || !isPlainPath(raw) || !isPlainPath(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page, asked to return to `path` afterwards (nothing added for the home page). */
export function loginPathFor(path: string | null | undefined): string {
  const next = safeNextPath(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
