import { redirect } from 'next/navigation';
import { currentActor, type Actor } from '@/server/auth/actor';

/** The signed-in actor of a page; without a session the visitor is sent to the login page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/login');
  return actor;
}
