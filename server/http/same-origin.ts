/** Cross-site request forgery defence for cookie-authenticated route handlers (bearer tokens are not sent by browsers). */

/** Methods that change nothing; everything else needs a same-origin `Origin`. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origin the app is served from: AUTH_URL when set (the deployment's public address), else the request's own host
 * and scheme (as the app server or a proxy reports them).
 */
export function appOrigin(headers: Pick<Headers, 'get'>, authUrl = process.env.AUTH_URL): string | null {
  if (authUrl) {
    try {
      return new URL(authUrl).origin;
    } catch {
      return null;
    }
  }
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return host ? `${proto}://${host}` : null;
}

/** Whether an `Origin` header names the app itself; a missing, `null` or foreign origin does not. */
export function isSameOrigin(headers: Pick<Headers, 'get'>, authUrl = process.env.AUTH_URL): boolean {
  const origin = headers.get('origin');
  const expected = appOrigin(headers, authUrl);
  if (!origin || origin === 'null' || !expected) return false;
  try {
    return new URL(origin).origin === expected;
  } catch {
    return false;
  }
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
export function isJsonContentType(headers: Pick<Headers, 'get'>): boolean {
  const type = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}
