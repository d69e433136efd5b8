import { getDb } from '@/db';
import { pendingTargetChangeCount } from '@/server/target-changes/list-target-changes';
import { NavBar } from './nav-bar';
import { requirePageActor } from './page-actor';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <NavBar actor={actor} counts={{ '/target-changes': pendingTargetChangeCount(getDb(), actor) ?? undefined }} />
      <main className="mx-auto max-w-7xl px-4 py-5">{children}</main>
    </>
  );
}
