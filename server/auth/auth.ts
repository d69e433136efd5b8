import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { clientAddress } from '../http/client-address';
import { isRotation, SESSION_IDLE_MINUTES } from './sessions';
import { signInWithPassword } from './sign-in';

class AccountLocked extends CredentialsSignin {
  code = 'locked';
}

declare module 'next-auth' {
  interface Session {
    /** The server-side session (server/auth/sessions.ts) the cookie names. */
    sid: string;
  }
}

/*
 * Cookies: Auth.js sets the session cookie httpOnly, SameSite=Lax, path=/. `useSecureCookies` is left at its default,
 * which turns on the Secure flag and the __Secure-/__Host- prefixes whenever AUTH_URL (or the request, behind a proxy
 * sending X-Forwarded-Proto) is https — so a deployment over https gets secure cookies, and http://localhost still works.
 * The cookie (an encrypted JWT) carries only the user id and the id of a server-side session; whether that session
 * is still live is decided on the server at every request (server/auth/actor.ts).
 */
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { username: { label: '用户名' }, password: { label: '密码', type: 'password' } },
      authorize(credentials, request) {
        const attempt = { username: credentials?.username, password: credentials?.password, ip: clientAddress(request.headers) };
        const result = signInWithPassword(getDb(), attempt);
        if (!result.ok) {
          if (result.reason === 'locked') throw new AccountLocked();
          return null;
        }
        return { id: String(result.user.id), sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (trigger === 'signIn' && user) return { sub: user.id, sid: (user as { sid: string }).sid };
      // Only the server re-issues a cookie for another session (a password change); anything else a client sends
      // with `update()` is ignored.
      if (trigger === 'update') {
        const next = (session as { sid?: unknown } | undefined)?.sid;
        return isRotation(getDb(), String(token.sid ?? ''), next, Number(token.sub)) ? { ...token, sid: next as string } : token;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: String(token.sid ?? '') };
    },
    /** After signing in or out, only a path of this site. */
    redirect({ url, baseUrl }) {
      const parsed = URL.canParse(url, baseUrl) ? new URL(url, baseUrl) : null;
      if (!parsed || parsed.origin !== new URL(baseUrl).origin) return baseUrl;
      return `${baseUrl}${safeNextPath(`${parsed.pathname}${parsed.search}${parsed.hash}`)}`;
    },
  },
});
