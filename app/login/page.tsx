import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { DemoBanner } from '@/components/demo/demo-banner';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { currentActor } from '@/server/auth/actor';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoMode } from '@/server/demo/demo-mode';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(next);
  if (await currentActor()) redirect(target);
  const demo = isDemoMode(getDb());
  return (
    <div className="flex min-h-screen flex-col">
      {demo && <DemoBanner />}
      <main className="flex flex-1 items-center justify-center p-6">
        <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">绩效运行监控</h1>
          <p className="mb-6 mt-1 text-sm text-slate-500">项目支出绩效目标 · 双监控 · 自评</p>
          <LoginForm next={target} />
          {demo && (
            <div className="mt-6 rounded bg-slate-50 p-3 text-xs text-slate-600">
              <p className="font-medium">示例账户（密码均为 {DEMO_PASSWORD}）</p>
              <ul className="mt-1 space-y-0.5">
                {DEMO_ACCOUNTS.map((account) => (
                  <li key={account.username}>
                    {account.username} — {account.scope}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
