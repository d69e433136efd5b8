import { redirect } from 'next/navigation';
import { currentActor, type Actor } from '@/server/auth/actor';

/** The signed-in actor of a page; without a session the visitor is sent to the login page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/login');
  return actor;
}

/** For the monitoring pages: the 审计员 reads the audit log and nothing else, so is sent there. */
export async function requireMonitoringActor(): Promise<Actor> {
  const actor = await requirePageActor();
  if (actor.role === 'auditor') redirect('/audit');
  return actor;
}
