import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * The header proxy.ts sets on a page view to the session id the cookie names, once it has decrypted the cookie, so
 * that the page does not decrypt it again. Sealed with AUTH_SECRET: a client sending the header itself (to a route
 * the proxy does not see) cannot make one that opens.
 */
export const PROXIED_SESSION_HEADER = 'x-jixiao-session';

const keys = new Map<string, KeyObject>();
/** The key made once per secret: making it from the string on every request costs more than the HMAC. */
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

const mac = (sid: string, secret: string) => createHmac('sha256', keyOf(secret)).update(`proxied-session:${sid}`).digest();

/** `<sid>.<mac>`, or null without a secret (the page then reads the cookie itself). */
export function sealSessionId(sid: string, secret = process.env.AUTH_SECRET): string | null {
  if (!secret || !sid) return null;
  return `${sid}.${mac(sid, secret).toString('base64url')}`;
}

/** The session id of a sealed value made with the same secret; null for anything else. */
export function openSessionId(value: string | null | undefined, secret = process.env.AUTH_SECRET): string | null {
  if (!secret || !value || value.length > 200) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const sid = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = mac(sid, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? sid : null;
}
