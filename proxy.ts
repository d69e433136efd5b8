import { auth } from '@/server/auth/auth';

/**
 * Re-issues the session cookie as pages are visited, so that a session ends SESSION_IDLE_MINUTES after the last
 * request rather than after signing in (server components cannot set cookies themselves). It lets every request
 * through: pages, server actions and route handlers each check the actor and its rights.
 */
export const proxy = auth;

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
