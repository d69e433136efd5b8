import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { auth } from '@/server/auth/auth';
import { REQUEST_PATH_HEADER } from '@/server/http/request-path';
import { contentSecurityPolicy, HSTS, isHttps, newNonce } from '@/server/http/security-headers';

/**
 * The request as the app sees it and the response's headers: the page's Content-Security-Policy with a fresh nonce
 * (on the request too, where Next.js reads it to mark its own scripts), and the path asked for, so that a page can
 * send a visitor who is not signed in to the login page and back.
 */
function pageResponse(request: NextRequest): NextResponse {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request.headers)) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

/** Page views also re-issue the session cookie, so that it lasts SESSION_IDLE_MINUTES after the last request. */
const refreshingSession = auth((request) => pageResponse(request));

/**
 * It lets every request through: pages, server actions and route handlers each check the actor and its rights (the
 * server-side session decides, server/auth/actor.ts). Posts — server actions such as signing in or out and changing
 * a password — set their own session cookie, without a competing re-issue here.
 */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return pageResponse(request);
  return refreshingSession(request, event as never);
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
