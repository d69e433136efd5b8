import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatPeriod } from '@/lib/format/number';
import { formatTimestamp } from '@/lib/format/timestamp';
import { formatDeadline, roundLabel } from '@/lib/rounds/round-label';
import type { ReminderItem } from '@/server/reminders/reminder-inbox';
import type { TodoItem } from '@/server/todos/list-todos';
import { MarkRemindersRead } from './mark-reminders-read';
import { TodoTable } from './todo-table';

/** The latest reminders of open rounds, unread ones marked 新; opening the page marks them read. */
function Reminders({ reminders }: { reminders: ReminderItem[] }) {
  if (reminders.length === 0) return null;
  const unread = reminders.filter((r) => r.readAt === null).length;
  return (
    <section id="reminders" aria-label="催报" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {unread > 0 && <MarkRemindersRead />}
      <h2 className="mb-1 font-semibold">部门领导的催报</h2>
      <ul className="flex flex-col gap-1">
        {reminders.map((r) => (
          <li key={r.id}>
            {r.readAt === null && <span className="mr-1 rounded bg-red-600 px-1 text-xs font-semibold text-white">新</span>}
            {r.sentByName}于 {formatTimestamp(r.sentAt).slice(0, 16)} 催报「{r.projectName}」：请在{formatDeadline(r.deadline)}前完成{roundLabel(r)}的填报并送审。
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An owner's 待办: new reminders, the round obligations, and what is still missing this month (我的填报). */
export function OwnerTodos({ todos, reminders, missing }: { todos: TodoItem[]; reminders: ReminderItem[]; missing: { period: string; count: number } | null }) {
  return (
    <>
      <Reminders reminders={reminders} />
      <Card title="监控轮次的送审">
        {todos.length === 0 ? (
          <p className="text-sm text-slate-600">没有待送审的项目：进行中的监控轮次里，你负责的项目都已送审。</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">每个项目须在截止日期前填齐该月的指标和执行数并送审；被退回的按退回意见修改后再次送审。</p>
            <TodoTable todos={todos} />
          </>
        )}
      </Card>
      {missing && (
        <Card title="本月填报">
          <p className="text-sm text-slate-700" data-testid="todo-missing">
            {missing.count === 0 ? `${formatPeriod(missing.period)}的指标已全部填报。` : `${formatPeriod(missing.period)}尚有 ${missing.count} 个指标未填报。`}{' '}
            <Link href="/inbox" className="text-blue-700 underline hover:text-blue-900">
              查看我的填报
            </Link>
          </p>
        </Card>
      )}
    </>
  );
}
