import { getDb } from '@/db';
import { listInbox } from '@/server/inbox/list-inbox';
import { listRoundsToRemind } from '@/server/reminders/remindable-projects';
import { recentReminders } from '@/server/reminders/reminder-inbox';
import { resolveScope } from '@/server/scope/resolve-scope';
import { listTodosOf } from '@/server/todos/list-todos';
import { requireMonitoringActor } from '../page-actor';
import { LeaderTodos } from './leader-todos';
import { OwnerTodos } from './owner-todos';

const SUBTITLE = {
  owner: '进行中的监控轮次里待你填报、送审的项目，部门领导的催报，以及本月尚未填报的指标。',
  leader: '进行中的监控轮次里待你审核的项目，以及尚未送审、可以催报的项目。',
};

/** 待办: what the monitoring rounds ask of the signed-in person now. */
export default async function TodosPage() {
  const actor = await requireMonitoringActor();
  const db = getDb();
  const todos = listTodosOf(db, actor);
  const body = (() => {
    if (actor.role === 'owner') {
      const scope = resolveScope(db, actor, {});
      const missing = scope && { period: scope.asOf, count: listInbox(db, actor, scope).items.length };
      return <OwnerTodos todos={todos} reminders={recentReminders(db, actor)} missing={missing} />;
    }
    if (actor.role === 'leader') return <LeaderTodos todos={todos} rounds={listRoundsToRemind(db, actor)} />;
    return <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">系统管理员没有待办：监控轮次的填报送审属于项目负责人，审核属于部门领导。</p>;
  })();
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">待办</h1>
        {(actor.role === 'owner' || actor.role === 'leader') && <p className="text-sm text-slate-500">{SUBTITLE[actor.role]}</p>}
      </header>
      {body}
    </div>
  );
}
