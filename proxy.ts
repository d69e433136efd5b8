import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { findSession } from '@/db/queries/sessions';
import { auth } from '@/server/auth/auth';
import { PROXIED_SESSION_HEADER, sealSessionId } from '@/server/auth/proxied-session';
import { REQUEST_PATH_HEADER } from '@/server/http/request-path';
import { contentSecurityPolicy, HSTS, isHttps, newNonce } from '@/server/http/security-headers';

/**
 * The request as the app sees it and the response's headers: the page's Content-Security-Policy with a fresh nonce
 * (on the request too, where Next.js reads it to mark its own scripts), the path asked for, so that a page can send
 * a visitor who is not signed in to the login page and back, and on a page view the session id the cookie names
 * (sealed), so that the page does not decrypt the cookie a second time.
 */
function pageResponse(request: NextRequest, sid?: string): NextResponse {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const sealed = sid ? sealSessionId(sid) : null;
  if (sealed) headers.set(PROXIED_SESSION_HEADER, sealed);
  else headers.delete(PROXIED_SESSION_HEADER);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request.headers)) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

/** Marks a page view whose cookie names an ended session, so that no cookie is re-issued for it. */
const ENDED = 'x-jixiao-session-ended';

/**
 * Page views also re-issue the session cookie, so that it lasts SESSION_IDLE_MINUTES after the last request — but
 * never for a session that has ended: a page view (or a link prefetch) sent just before a password change carries
 * the session it replaced, and that cookie arriving after the new one would sign this browser out.
 */
const refreshingSession = auth((request) => {
  const sid = request.auth?.sid;
  const response = pageResponse(request, sid);
  if (sid && findSession(getDb(), sid)?.endedAt) response.headers.set(ENDED, '1');
  return response;
});

/**
 * It lets every request through: pages, server actions and route handlers each check the actor and its rights (the
 * server-side session decides, server/auth/actor.ts). Posts — server actions such as signing in or out and changing
 * a password — set their own session cookie, without a competing re-issue here.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return pageResponse(request);
  const response = (await refreshingSession(request, event as never)) as Response;
  if (response.headers.has(ENDED)) {
    response.headers.delete(ENDED);
    response.headers.delete('set-cookie');
  }
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
