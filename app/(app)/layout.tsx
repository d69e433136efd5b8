import { getDb } from '@/db';
import { DemoBanner } from '@/components/demo/demo-banner';
import { isDemoMode } from '@/server/demo/demo-mode';
import { reviewQueueCount } from '@/server/rounds/review-queue';
import { pendingTargetChangeCount } from '@/server/target-changes/list-target-changes';
import { unreadReminderCount } from '@/server/reminders/reminder-inbox';
import { listTodosOf } from '@/server/todos/list-todos';
import { NavBar } from './nav-bar';
import { requireSignedIn } from './page-actor';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSignedIn();
  return (
    <>
      {isDemoMode(getDb()) && <DemoBanner />}
      <NavBar
        actor={actor}
        counts={{
          '/target-changes': pendingTargetChangeCount(getDb(), actor) ?? undefined,
          '/reviews': reviewQueueCount(getDb(), actor) ?? undefined,
          '/todos': listTodosOf(getDb(), actor).length,
        }}
        unreadReminders={actor.role === 'owner' ? unreadReminderCount(getDb(), actor) : null}
      />
      <main className="mx-auto max-w-7xl px-4 py-5">{children}</main>
    </>
  );
}
