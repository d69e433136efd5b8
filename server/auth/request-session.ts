import type { Session } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { auth } from './auth';
import { openSessionId, PROXIED_SESSION_HEADER } from './proxied-session';

type ApiRouteAuth = (request: { headers: Headers }, response: { headers: Headers }) => Promise<Session | null>;

/**
 * This request's session id. On a page view the proxy has decoded the cookie already and passed the id on, sealed
 * (server/auth/proxied-session.ts). Otherwise (route handlers, server actions) it is the session as Auth.js decodes
 * it from the request's cookies as they stand now: after a server action re-issues the session cookie (a password
 * change), Next.js renders the page again in the same request with the new cookie in `cookies()` but the old one
 * still in the `cookie` header — which `auth()` alone would read, and find ended. Any cookie Auth.js would set in
 * reply is dropped, as it is for `auth()` in a server component.
 */
export async function requestSession(): Promise<Pick<Session, 'sid'> | null> {
  const proxied = openSessionId((await headers()).get(PROXIED_SESSION_HEADER));
  if (proxied) return { sid: proxied };
  const current = new Headers(await headers());
  current.set('cookie', (await cookies()).toString());
  return (auth as unknown as ApiRouteAuth)({ headers: current }, { headers: new Headers() });
}
