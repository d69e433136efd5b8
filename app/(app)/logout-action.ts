'use server';

import { endSession } from '@/server/auth/actor';
import { signOut } from '@/server/auth/auth';

/** Revokes the session on the server (a replayed or re-issued cookie is refused), then clears the cookie. */
export async function logout() {
  await endSession();
  await signOut({ redirectTo: '/login' });
}
