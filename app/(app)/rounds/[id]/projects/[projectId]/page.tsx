import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { RoundHistory } from '@/components/rounds/round-history';
import { RoundStateBadge } from '@/components/rounds/round-state-badge';
import { RoundStateNote } from '@/components/rounds/round-state-note';
import { Card } from '@/components/ui/card';
import { formatPeriod } from '@/lib/format/number';
import { ForbiddenError, NotFoundError } from '@/server/errors';
import { getProjectDetail } from '@/server/projects/get-project-detail';
import { getRoundProject } from '@/server/rounds/round-view';
import { deniedPage } from '../../../../access-denied';
import { requireMonitoringActor } from '../../../../page-actor';
import { RoundStepForms } from '../../../round-step-forms';
import { MonthFigures } from './month-figures';

/** 审核: one submitted project's figures for the round's month with its lights and reasons, 通过 / 退回 beside them. */
export default async function RoundProjectPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  const [{ id, projectId }, actor] = await Promise.all([params, requireMonitoringActor()]);
  const db = getDb();
  let view;
  try {
    view = getRoundProject(db, actor, Number(id), Number(projectId));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return deniedPage(actor, '/rounds/[id]/projects/[projectId]', error.message);
    throw error;
  }
  const { round, project } = view;
  const detail = getProjectDetail(db, actor, project.id, () => round.period);
  // Leaders review from their 待办; the administrator's list of every department is 待审核; others came from the project.
  const back =
    actor.role === 'leader' ? { href: '/todos', label: '返回待办' } : actor.role === 'admin' ? { href: '/reviews', label: '返回待审核' } : { href: `/projects/${project.id}`, label: '返回项目' };
  return (
    <div className="flex flex-col gap-4">
      <header>
        <Link href={back.href} className="no-print text-sm text-blue-800 hover:underline">
          ← {back.label}
        </Link>
        <h1 className="mt-1 text-xl font-semibold">
          审核：{project.name}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>
            {project.departmentName} · {formatPeriod(round.period)}监控 · 截止 {round.deadline} · 负责人：{detail.owners.map((o) => o.displayName).join('、') || '未指定'}
          </span>
          <RoundStateBadge state={view.state} />
          <Link href={`/projects/${project.id}?asOf=${round.period}`} className="text-blue-800 underline">
            项目页
          </Link>
        </p>
      </header>
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <Card title={`${formatPeriod(round.period)}的填报`} className="min-w-0">
          <MonthFigures detail={detail} />
        </Card>
        <div className="flex flex-col gap-4">
          {view.rights.approve ? (
            <Card title="审核">
              <RoundStepForms roundId={round.id} projectId={project.id} rights={{ ...view.rights, submit: false }} />
            </Card>
          ) : (
            <div className="flex flex-col gap-1 rounded border border-slate-200 bg-slate-50 p-3">
              <RoundStateNote state={view.state} period={round.period} />
              {view.state === 'submitted' && <p className="text-sm text-slate-600">您可以查看；审核由本部门的部门领导进行（不能审核自己负责的项目）。</p>}
              {view.comment && <p className="text-sm text-slate-700">意见：{view.comment}</p>}
            </div>
          )}
          <Card title="流转记录">
            <RoundHistory events={view.events} />
          </Card>
        </div>
      </div>
    </div>
  );
}
