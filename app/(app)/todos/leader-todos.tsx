import { Card } from '@/components/ui/card';
import type { RoundToRemind } from '@/server/reminders/remindable-projects';
import type { TodoItem } from '@/server/todos/list-todos';
import { RoundReminders } from './round-reminders';
import { TodoTable } from './todo-table';

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
