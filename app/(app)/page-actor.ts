import { redirect } from 'next/navigation';
import { loginPathFor } from '@/lib/auth/safe-next-path';
import { currentActor, type Actor } from '@/server/auth/actor';
import { requestedPath } from '@/server/http/request-path';

/** The signed-in actor; without a session the visitor is sent to the login page, which will send them back here. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(loginPathFor(await requestedPath()));
  return actor;
}

/** The signed-in actor of a page; one who must change their password is sent to do that first. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await requireSignedIn();
  if (actor.passwordChange) redirect('/account');
  return actor;
}

/** For the monitoring pages: the 审计员 reads the audit log and nothing else, so is sent there. */
export async function requireMonitoringActor(): Promise<Actor> {
  const actor = await requirePageActor();
  if (actor.role === 'auditor') redirect('/audit');
  return actor;
}
