'use server';

import { endCurrentSession } from '@/server/auth/actor';
import { signOut } from '@/server/auth/auth';

/** Ends the session on the server (its cookie, replayed, is refused), then clears the cookie. */
export async function logout() {
  await endCurrentSession();
  await signOut({ redirectTo: '/login' });
}
