import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { currentActor } from '@/server/auth/actor';
import { DEMO_PASSWORD, isDemoData } from '@/server/demo/seed-demo';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentActor()) redirect('/');
  const { next } = await searchParams;
  const demo = isDemoData(getDb());
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">绩效运行监控</h1>
        <p className="mb-6 mt-1 text-sm text-slate-500">项目支出绩效目标 · 双监控 · 自评</p>
        <LoginForm next={next ?? '/'} />
        {demo && (
          <div className="mt-6 rounded bg-slate-50 p-3 text-xs text-slate-600">
            <p className="font-medium">示例账户（密码均为 {DEMO_PASSWORD}）</p>
            <ul className="mt-1 space-y-0.5">
              <li>admin — 系统管理员</li>
              <li>leader — 部门领导</li>
              <li>owner — 项目负责人（前半数项目）</li>
              <li>owner2 — 项目负责人（后半数项目）</li>
              <li>auditor — 审计员</li>
            </ul>
          </div>
        )}
      </div>
    </main>
  );
}
