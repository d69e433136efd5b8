/**
 * Headers of every page response (proxy.ts). Scripts run only with this response's nonce — Next.js puts it on its own
 * bootstrap scripts, and 'strict-dynamic' lets those load the app's chunks — so an injected inline script does not run.
 * Styles keep 'unsafe-inline': React and the charts set style attributes, which cannot carry a nonce.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export const HSTS = 'max-age=31536000; includeSubDomains';

/** Served over HTTPS: the request says so (a TLS-terminating proxy's X-Forwarded-Proto) or the public address is https. */
export function isHttps(headers: Pick<Headers, 'get'>, authUrl = process.env.AUTH_URL): boolean {
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' || Boolean(authUrl?.toLowerCase().startsWith('https://'));
}
