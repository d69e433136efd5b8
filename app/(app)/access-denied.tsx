import { getDb } from '@/db';
import { recordRefusal } from '@/server/audit/record-refusal';
import type { Actor } from '@/server/auth/actor';
import { ForbiddenError } from '@/server/errors';

export function AccessDenied({ message }: { message: string }) {
  return (
    <div role="status" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <p className="font-medium">无权访问</p>
      <p className="mt-1 text-sm">{message}</p>
    </div>
  );
}

/** A page the actor may not open: the refusal is audited with the page's route, and the page says why. */
export function deniedPage(actor: Actor, route: string, message: string) {
  recordRefusal(getDb(), actor, `页面 ${route}`, new ForbiddenError(message));
  return <AccessDenied message={message} />;
}
