import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import type { Role } from '@/lib/auth/roles';
import { verifyCredentials } from './verify-credentials';

export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES || 30);

class AccountLocked extends CredentialsSignin {
  code = 'locked';
}

declare module 'next-auth' {
  interface Session {
    user: { id: string; username: string; name: string; role: Role; departmentId: number | null; sid: string; signedInAt: string };
  }
}

/*
 * Cookies: Auth.js sets the session cookie httpOnly, SameSite=Lax, path=/. `useSecureCookies` is left at its default,
 * which turns on the Secure flag and the __Secure-/__Host- prefixes whenever AUTH_URL (or the request, behind a proxy
 * sending X-Forwarded-Proto) is https — so a deployment over https gets secure cookies, and http://localhost still works.
 * The session lasts SESSION_IDLE_MINUTES after the last request: proxy.ts re-issues the cookie as pages are visited.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { username: { label: '用户名' }, password: { label: '密码', type: 'password' } },
      authorize(credentials) {
        const username = String(credentials?.username ?? '').trim();
        const password = String(credentials?.password ?? '');
        if (!username || !password || username.length > 64 || password.length > 256) return null;
        const result = verifyCredentials(getDb(), username, password);
        if (!result.ok) {
          if (result.reason === 'locked') throw new AccountLocked();
          return null;
        }
        const { user } = result;
        return { id: String(user.id), name: user.displayName, username: user.username, role: user.role, departmentId: user.departmentId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Each sign-in is its own session, so that 退出 can revoke exactly this one (see session-revocation.ts).
        token.sid = randomUUID();
        token.signedInAt = new Date().toISOString();
        const u = user as unknown as { username: string; role: Role; departmentId: number | null };
        token.username = u.username;
        token.role = u.role;
        token.departmentId = u.departmentId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: String(token.sub),
        name: String(token.name ?? ''),
        username: String(token.username),
        role: token.role as Role,
        departmentId: (token.departmentId as number | null) ?? null,
        sid: String(token.sid ?? ''),
        signedInAt: String(token.signedInAt ?? ''),
      };
      return session;
    },
  },
});
