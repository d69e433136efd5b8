import { redirect } from 'next/navigation';
import { NavBar } from './nav-bar';
import { currentActor } from '@/server/auth/actor';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect('/login');
  return (
    <>
      <NavBar actor={actor} />
      <main className="mx-auto max-w-7xl px-4 py-5">{children}</main>
    </>
  );
}
