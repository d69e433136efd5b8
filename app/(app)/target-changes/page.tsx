import Link from 'next/link';
import { getDb } from '@/db';
import { ForbiddenError } from '@/server/errors';
import { targetFieldsOf } from '@/server/monitoring/indicator-target';
import { listTargetChanges } from '@/server/target-changes/list-target-changes';
import { deniedPage } from '../access-denied';
import { requirePageActor } from '../page-actor';
import { ChangeSummary } from './change-summary';
import { DecisionForm } from './decision-form';
import { RecentDecisions } from './recent-decisions';

/** 目标调整审批: every proposal waiting for a decision in the actor's scope, oldest first, and the latest decided. */
export default async function TargetChangesPage() {
  const actor = await requirePageActor();
  let list;
  try {
    list = listTargetChanges(getDb(), actor);
  } catch (error) {
    if (error instanceof ForbiddenError) return deniedPage(actor, '/target-changes', error.message);
    throw error;
  }
  const who = list.leaderApproves ? '系统管理员或部门领导' : '系统管理员';
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">目标调整审批</h1>
        <p className="text-sm text-slate-500">
          项目负责人申请调整的目标由{who}审批；批准前灯号、序时应完成值和导出都按现行目标计算。
          {list.pending.some((c) => !c.canDecide) && ' 您可以查看，审批由系统管理员进行（可在设置中允许部门领导审批）。'}
        </p>
      </header>
      <section aria-label="待审批" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">待审批（{list.pending.length}）</h2>
        {list.pending.length === 0 && <p className="rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">没有待审批的目标调整。</p>}
        {list.pending.map((change) => (
          <article
            key={change.id}
            aria-label={`${change.projectName} / ${change.indicator.name}`}
            className="grid gap-3 rounded-lg border border-amber-300 bg-white p-4 lg:grid-cols-[1fr_20rem]"
          >
            <div className="min-w-0">
              <p className="text-xs text-slate-500">
                {change.departmentName} · {change.year}年度
              </p>
              <h3 className="font-medium">
                <Link href={`/projects/${change.indicator.projectId}#indicator-${change.indicator.id}`} className="text-blue-800 hover:underline">
                  {change.projectName}
                </Link>
                <span className="text-slate-700"> / {change.indicator.seq}. {change.indicator.name}</span>
              </h3>
              <p className="mb-2 text-sm text-slate-600">年度指标值（目标表原文）：{change.indicator.targetText}</p>
              <ChangeSummary change={change} current={targetFieldsOf(change.indicator)} />
            </div>
            {change.canDecide && <DecisionForm changeId={change.id} label={`审批 ${change.indicator.name} 的目标调整`} />}
          </article>
        ))}
      </section>
      <RecentDecisions changes={list.recent} />
    </div>
  );
}
