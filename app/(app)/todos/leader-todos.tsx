import { Card } from '@/components/ui/card';
import { formatTimestamp } from '@/lib/format/timestamp';
import { formatDeadline, roundLabel } from '@/lib/rounds/round-label';
import { daysLeftLabel } from '@/lib/rounds/todos';
import { ROUND_PROJECT_STATE_LABELS } from '@/lib/rounds/vocabulary';
import type { RoundToRemind } from '@/server/reminders/remindable-projects';
import type { TodoItem } from '@/server/todos/list-todos';
import { RemindForm } from './remind-form';
import { TodoTable } from './todo-table';

/** One open round's projects not yet submitted, each with a 催报 button, and 全部催报. */
function RoundReminders({ round }: { round: RoundToRemind }) {
  const label = roundLabel(round);
  return (
    <Card>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-800">
          {label} · 截止{formatDeadline(round.deadline)}
          <span className={`ml-2 text-sm font-normal ${round.daysLeft < 0 ? 'text-red-700' : 'text-slate-600'}`}>（{daysLeftLabel(round.daysLeft)}）</span>
        </h3>
        <RemindForm roundId={round.roundId} label={`全部催报 ${label}`} />
      </div>
      <p className="mb-2 text-sm text-slate-600">尚有 {round.projects.length} 个项目未送审。全部催报会提醒其中已指定负责人的每个项目。</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th className="px-3 py-2 font-medium">项目</th>
              <th className="px-3 py-2 font-medium">状态</th>
              <th className="px-3 py-2 font-medium">负责人</th>
              <th className="px-3 py-2 font-medium">最近催报</th>
              <th className="px-3 py-2" />
            </tr>
          </thead>
          <tbody>
            {round.projects.map((p) => (
              <tr key={p.projectId} className="border-t border-slate-100">
                <td className="px-3 py-2">{p.projectName}</td>
                <td className="whitespace-nowrap px-3 py-2">{ROUND_PROJECT_STATE_LABELS[p.state ?? 'pending']}</td>
                <td className="px-3 py-2 text-slate-600">{p.owners.length > 0 ? p.owners.join('、') : '未指定'}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{p.remindedAt ? formatTimestamp(p.remindedAt).slice(0, 16) : '—'}</td>
                <td className="px-3 py-2">{p.owners.length > 0 && <RemindForm roundId={round.roundId} projectId={p.projectId} label={`催报 ${p.projectName}`} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** A leader's 待办: the submitted projects to review, then the projects still to submit, to 催报. */
export function LeaderTodos({ todos, rounds }: { todos: TodoItem[]; rounds: RoundToRemind[] }) {
  return (
    <>
      <Card title="待审核">
        {todos.length === 0 ? <p className="text-sm text-slate-600">没有待审核的项目。</p> : <TodoTable todos={todos} />}
      </Card>
      <section aria-label="催报" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold text-slate-800">尚未送审（催报）</h2>
        {rounds.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">进行中的监控轮次里没有尚未送审的项目。</p>
        ) : (
          rounds.map((round) => <RoundReminders key={round.roundId} round={round} />)
        )}
      </section>
    </>
  );
}
