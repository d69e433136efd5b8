import Link from 'next/link';
import { getDb } from '@/db';
import { beijingDay } from '@/lib/calendar/shanghai';
import { formatPeriod } from '@/lib/format/number';
import { formatTimestamp } from '@/lib/format/timestamp';
import { ForbiddenError } from '@/server/errors';
import { listReviewQueue } from '@/server/rounds/review-queue';
import { deniedPage } from '../access-denied';
import { requirePageActor } from '../page-actor';

/** 待审核: the projects submitted in open rounds, oldest submission first; each opens its review screen. */
export default async function ReviewsPage() {
  const actor = await requirePageActor();
  let queue;
  try {
    queue = listReviewQueue(getDb(), actor);
  } catch (error) {
    if (error instanceof ForbiddenError) return deniedPage(actor, '/reviews', error.message);
    throw error;
  }
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">待审核（{queue.items.length}）</h1>
        <p className="text-sm text-slate-500">
          项目负责人送审的项目：查看该月的填报、灯号和偏差原因后通过或退回；通过后该月及以前的数据锁定。
          {actor.role === 'admin' && ' 系统管理员可以查看，审核由各部门的部门领导进行。'}
        </p>
      </header>
      {queue.items.length === 0 ? (
        <p className="rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">没有待审核的项目。</p>
      ) : (
        <ul aria-label="待审核项目" className="flex flex-col gap-2">
          {queue.items.map((item) => {
            const late = beijingDay(new Date(item.submittedAt)) > item.round.deadline;
            return (
              <li key={`${item.round.id}-${item.projectId}`} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-blue-200 bg-white p-3">
                <div className="min-w-0">
                  <Link href={`/rounds/${item.round.id}/projects/${item.projectId}`} className="font-medium text-blue-800 hover:underline">
                    {item.projectName}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {item.round.departmentName} · {formatPeriod(item.round.period)}监控 · 负责人：{item.owners.join('、') || '未指定'} · 送审于 {formatTimestamp(item.submittedAt)}
                  </p>
                </div>
                <span className={`text-sm ${late ? 'text-red-700' : 'text-slate-600'}`}>
                  送审截止 {item.round.deadline}
                  {late && '（逾期送审）'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
