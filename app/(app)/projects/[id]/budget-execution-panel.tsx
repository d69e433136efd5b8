import { Card } from '@/components/ui/card';
import { formatPercent, formatWan } from '@/lib/format/number';
import { timeElapsed } from '@/lib/monitoring';
import type { ProjectDetail } from '@/server/projects/get-project-detail';
import { ExecutionForm } from './execution-form';

/** 预算执行 by month, months as columns: cumulative 执行数, 执行率 and 序时进度; and the owner's form. */
export function BudgetExecutionPanel({ detail }: { detail: ProjectDetail }) {
  const { project, executions } = detail;
  const rows = [
    ['累计执行数', (e: (typeof executions)[number]) => formatWan(e.amount)],
    ['执行率', (e: (typeof executions)[number]) => (project.total ? formatPercent(e.amount / project.total) : '—')],
    ['序时进度', (e: (typeof executions)[number]) => formatPercent(timeElapsed(e.period))],
  ] as const;
  return (
    <Card title="预算执行（累计执行数，万元）">
      {executions.length === 0 ? (
        <p className="text-sm text-slate-500">尚未填报预算执行数。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 pr-3 text-left font-medium">月份</th>
                {executions.map((e) => (
                  <th key={e.id} className="px-1 text-right font-medium">
                    {Number(e.period.slice(5))}月
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr key={label} className="border-t border-slate-100">
                  <th scope="row" className="whitespace-nowrap py-1 pr-3 text-left font-normal text-slate-600">
                    {label}
                  </th>
                  {executions.map((e) => (
                    <td key={e.id} className="px-1 text-right tabular-nums">
                      {cell(e)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail.canWrite && (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <ExecutionForm
            projectId={project.id}
            year={project.year}
            defaultPeriod={detail.asOf}
            lockedThrough={detail.lockedThrough}
            total={project.total}
            current={executions.map(({ id, period, amount }) => ({ id, period, amount }))}
          />
        </div>
      )}
    </Card>
  );
}
