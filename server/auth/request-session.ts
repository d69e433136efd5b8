import type { Session } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { auth } from './auth';

type ApiRouteAuth = (request: { headers: Headers }, response: { headers: Headers }) => Promise<Session | null>;

/**
 * This request's session as Auth.js decodes it, from the request's cookies as they stand now. After a server action
 * re-issues the session cookie (a password change), Next.js renders the page again in the same request with the new
 * cookie in `cookies()` but the old one still in the `cookie` header — which `auth()` alone would read, and find ended.
 * Any cookie Auth.js would set in reply is dropped, as it is for `auth()` in a server component.
 */
export async function requestSession(): Promise<Session | null> {
  const current = new Headers(await headers());
  current.set('cookie', (await cookies()).toString());
  return (auth as unknown as ApiRouteAuth)({ headers: current }, { headers: new Headers() });
}
