import { Card } from '@/components/ui/card';
import { formatPercent, formatPeriod, formatWan } from '@/lib/format/number';
import { timeElapsed } from '@/lib/monitoring';
import type { ProjectDetail } from '@/server/projects/get-project-detail';
import { ExecutionForm } from './execution-form';

/** 预算执行 by month: cumulative 执行数, 执行率 against 序时进度, and the owner's form. */
export function BudgetExecutionPanel({ detail }: { detail: ProjectDetail }) {
  const { project, executions } = detail;
  return (
    <Card title="预算执行（累计执行数，万元）">
      <div className="grid gap-4 lg:grid-cols-2">
        {executions.length === 0 ? (
          <p className="text-sm text-slate-500">尚未填报预算执行数。</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="py-1 font-medium">月份</th>
                <th className="text-right font-medium">累计执行数</th>
                <th className="text-right font-medium">执行率</th>
                <th className="text-right font-medium">序时进度</th>
              </tr>
            </thead>
            <tbody>
              {executions.map((e) => (
                <tr key={e.id} className="border-t border-slate-100">
                  <td className="py-1">{formatPeriod(e.period)}</td>
                  <td className="text-right tabular-nums">{formatWan(e.amount)}</td>
                  <td className="text-right tabular-nums">{project.total ? formatPercent(e.amount / project.total) : '—'}</td>
                  <td className="text-right tabular-nums">{formatPercent(timeElapsed(e.period))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {detail.canWrite && (
          <ExecutionForm
            projectId={project.id}
            year={project.year}
            defaultPeriod={detail.asOf}
            current={executions.map(({ id, period, amount }) => ({ id, period, amount }))}
          />
        )}
      </div>
    </Card>
  );
}
