import { NextResponse } from 'next/server';
import { auth } from '@/server/auth/auth';
import { contentSecurityPolicy, HSTS, isHttps, newNonce } from '@/server/http/security-headers';

/**
 * For every page request: re-issues the session cookie (so that a session ends SESSION_IDLE_MINUTES after the last
 * request, not after signing in — server components cannot set cookies themselves), and sets the page's
 * Content-Security-Policy with a fresh nonce, on the request too, where Next.js reads it to mark its own scripts.
 * It lets every request through: pages, server actions and route handlers each check the actor and its rights.
 */
export const proxy = auth((request) => {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request.headers)) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
});

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
