import Link from 'next/link';
import { formatTimestamp } from '@/lib/format/timestamp';
import { formatDeadline, roundLabel } from '@/lib/rounds/round-label';
import { daysLeftLabel, TODO_KIND_LABELS, type TodoKind } from '@/lib/rounds/todos';
import type { TodoItem } from '@/server/todos/list-todos';

const KIND_STYLE: Record<TodoKind, string> = {
  fill: 'bg-amber-100 text-amber-900',
  returned: 'bg-red-100 text-red-900',
  review: 'bg-blue-100 text-blue-900',
};

/** Where a 待办 is dealt with: the project page for owners, the round's review page for leaders. */
function actionOf(todo: TodoItem): { href: string; label: string } {
  if (todo.kind === 'review') return { href: `/rounds/${todo.roundId}/projects/${todo.projectId}`, label: '去审核' };
  return { href: `/projects/${todo.projectId}?asOf=${todo.period}`, label: todo.kind === 'returned' ? '去修改' : '去填报' };
}

function Note({ todo }: { todo: TodoItem }) {
  return (
    <div className="flex flex-col gap-0.5 text-slate-600">
      {todo.comment && <span className="text-red-800">退回意见：{todo.comment}</span>}
      {todo.remindedAt && <span>部门领导已催报（{formatTimestamp(todo.remindedAt).slice(0, 16)}）</span>}
    </div>
  );
}

function KindBadge({ kind }: { kind: TodoKind }) {
  return <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${KIND_STYLE[kind]}`}>{TODO_KIND_LABELS[kind]}</span>;
}

const daysLeftStyle = (todo: TodoItem) => (todo.overdue ? 'font-semibold text-red-700' : todo.daysLeft <= 3 ? 'text-amber-800' : 'text-slate-700');

function ActionLink({ todo }: { todo: TodoItem }) {
  const action = actionOf(todo);
  return (
    <Link href={action.href} className="whitespace-nowrap rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800" aria-label={`${action.label} ${todo.projectName}`}>
      {action.label}
    </Link>
  );
}

/** On narrow screens: one card per 待办. */
function TodoCards({ todos }: { todos: TodoItem[] }) {
  return (
    <ul className="flex flex-col gap-2 md:hidden">
      {todos.map((todo) => (
        <li key={`${todo.roundId}-${todo.projectId}`} className={`rounded-lg border p-3 text-sm ${todo.overdue ? 'border-red-200 bg-red-50/60' : 'border-slate-200 bg-white'}`}>
          <div className="flex items-start justify-between gap-2">
            <span className="font-medium text-slate-900">{todo.projectName}</span>
            <KindBadge kind={todo.kind} />
          </div>
          <p className="mt-1 text-slate-600">
            {roundLabel(todo)} · 截止{formatDeadline(todo.deadline)} · <span className={daysLeftStyle(todo)}>{daysLeftLabel(todo.daysLeft)}</span>
          </p>
          <div className="mt-2 flex items-end justify-between gap-2">
            <Note todo={todo} />
            <ActionLink todo={todo} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The 待办, the most urgent first, overdue ones in red: a table on wide screens, cards on narrow ones. */
export function TodoTable({ todos }: { todos: TodoItem[] }) {
  return (
    <>
    <TodoCards todos={todos} />
    <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
      <table className="w-full min-w-[46rem] text-sm" data-testid="todo-table">
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th className="px-3 py-2 font-medium">事项</th>
            <th className="px-3 py-2 font-medium">项目</th>
            <th className="px-3 py-2 font-medium">监控轮次</th>
            <th className="px-3 py-2 font-medium">截止日期</th>
            <th className="px-3 py-2 font-medium">剩余</th>
            <th className="px-3 py-2 font-medium">说明</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody>
          {todos.map((todo) => (
              <tr key={`${todo.roundId}-${todo.projectId}`} className={`border-t border-slate-100 ${todo.overdue ? 'bg-red-50/60' : ''}`}>
                <td className="px-3 py-2">
                  <KindBadge kind={todo.kind} />
                </td>
                <td className="px-3 py-2">{todo.projectName}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{roundLabel(todo)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDeadline(todo.deadline)}</td>
                <td className={`whitespace-nowrap px-3 py-2 ${daysLeftStyle(todo)}`}>
                  {daysLeftLabel(todo.daysLeft)}
                </td>
                <td className="px-3 py-2">
                  <Note todo={todo} />
                </td>
                <td className="px-3 py-2 text-right">
                  <ActionLink todo={todo} />
                </td>
              </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
