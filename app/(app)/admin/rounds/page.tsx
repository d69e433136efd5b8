import Link from 'next/link';
import { getDb } from '@/db';
import { listBudgetYears } from '@/db/queries/budget-years';
import { formatPeriod } from '@/lib/format/number';
import { ROUND_PROJECT_STATE_LABELS, ROUND_PROJECT_STATES, ROUND_STATUS_LABELS } from '@/lib/rounds/vocabulary';
import { Card } from '@/components/ui/card';
import { loadMonitoringSettings } from '@/server/monitoring/monitoring-settings';
import { listRounds } from '@/server/rounds/manage-rounds';
import { deniedPage } from '../../access-denied';
import { requirePageActor } from '../../page-actor';
import { CloseRoundForm } from './close-round-form';
import { OpenRoundForm } from './open-round-form';

/** 监控轮次 (administrator): open a round for a department–year, see each round's counts, close it. */
export default async function RoundsAdminPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const [actor, query] = await Promise.all([requirePageActor(), searchParams]);
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/rounds', '只有系统管理员可以开启和关闭监控轮次。');
  const db = getDb();
  const budgetYears = listBudgetYears(db, null);
  const years = [...new Set(budgetYears.map((b) => b.year))];
  const year = years.find((y) => y === Number(query.year)) ?? years[0] ?? new Date().getFullYear();
  const rounds = listRounds(db, actor, year);
  const choices = budgetYears.map((b) => ({ key: `${b.departmentId}:${b.year}`, label: `${b.departmentName} · ${b.year}年度`, year: b.year }));
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">监控轮次</h1>
        <p className="text-sm text-slate-500">
          每个部门年度按月份开启监控轮次：项目负责人在截止日期前补齐该月填报和执行数后送审，部门领导审核通过或退回；通过后该月及以前的数据锁定，需修改时由系统管理员在项目页重新打开。
        </p>
      </header>
      <Card title="开启监控轮次">
        <OpenRoundForm choices={choices} defaultMonth={loadMonitoringSettings(db).officialRoundMonth} />
      </Card>
      <section aria-label="已开启的轮次" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-base font-semibold">{year}年度的轮次</h2>
          {years.map((y) => (
            <Link key={y} href={`/admin/rounds?year=${y}`} aria-current={y === year ? 'page' : undefined} className={`rounded px-2 py-0.5 text-sm ${y === year ? 'bg-blue-100 text-blue-900' : 'text-blue-800 hover:underline'}`}>
              {y}
            </Link>
          ))}
        </div>
        {rounds.length === 0 && <p className="text-sm text-slate-500">该年度尚未开启监控轮次。</p>}
        <ul className="flex flex-col gap-2">
          {rounds.map((r) => {
            const label = `${r.departmentName} ${formatPeriod(r.period)}监控`;
            return (
              <li key={r.id} aria-label={label} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3">
                <div>
                  <p className="font-medium">
                    {label}
                    {r.official && <span className="ml-2 rounded bg-blue-50 px-1.5 text-xs text-blue-800">正式</span>}
                    <span className="ml-2 text-sm font-normal text-slate-600">{ROUND_STATUS_LABELS[r.status]}</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    截止 {r.deadline} · {ROUND_PROJECT_STATES.map((s) => `${ROUND_PROJECT_STATE_LABELS[s]} ${r.counts[s]}`).join(' · ')}
                  </p>
                </div>
                {r.status === 'open' && <CloseRoundForm roundId={r.id} label={label} />}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
