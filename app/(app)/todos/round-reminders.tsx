import { Card } from '@/components/ui/card';
import { formatTimestamp } from '@/lib/format/timestamp';
import { formatDeadline, roundLabel } from '@/lib/rounds/round-label';
import { daysLeftLabel } from '@/lib/rounds/todos';
import { ROUND_PROJECT_STATE_LABELS } from '@/lib/rounds/vocabulary';
import type { RemindableProject, RoundToRemind } from '@/server/reminders/remindable-projects';
import { RemindForm } from './remind-form';

const stateOf = (p: RemindableProject) => ROUND_PROJECT_STATE_LABELS[p.state ?? 'pending'];
const ownersOf = (p: RemindableProject) => (p.owners.length > 0 ? p.owners.join('、') : '未指定负责人');
const remindedOf = (p: RemindableProject) => (p.remindedAt ? formatTimestamp(p.remindedAt).slice(0, 16) : '—');

function RemindButton({ roundId, project }: { roundId: number; project: RemindableProject }) {
  return project.owners.length > 0 ? <RemindForm roundId={roundId} projectId={project.projectId} label={`催报 ${project.projectName}`} /> : null;
}

/** One open round's projects not yet submitted, each with a 催报 button, and 全部催报: cards on narrow screens. */
export function RoundReminders({ round }: { round: RoundToRemind }) {
  const label = roundLabel(round);
  const withOwners = round.projects.filter((p) => p.owners.length > 0).length;
  return (
    <Card>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-800">
          {label} · 截止{formatDeadline(round.deadline)}
          <span className={`ml-2 text-sm font-normal ${round.daysLeft < 0 ? 'text-red-700' : 'text-slate-600'}`}>（{daysLeftLabel(round.daysLeft)}）</span>
        </h3>
        {withOwners > 0 && <RemindForm roundId={round.roundId} count={withOwners} label={`全部催报 ${label}`} />}
      </div>
      <p className="mb-2 text-sm text-slate-600">尚有 {round.projects.length} 个项目未送审；全部催报提醒其中每个已指定负责人的项目。</p>
      <ul className="flex flex-col divide-y divide-slate-100 md:hidden">
        {round.projects.map((p) => (
          <li key={p.projectId} className="flex items-center justify-between gap-2 py-2 text-sm">
            <div>
              <p className="text-slate-900">{p.projectName}</p>
              <p className="text-xs text-slate-600">
                {stateOf(p)} · {ownersOf(p)} · 最近催报 {remindedOf(p)}
              </p>
            </div>
            <RemindButton roundId={round.roundId} project={p} />
          </li>
        ))}
      </ul>
      <table className="hidden w-full text-sm md:table">
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
              <td className="whitespace-nowrap px-3 py-2">{stateOf(p)}</td>
              <td className="px-3 py-2 text-slate-600">{ownersOf(p)}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{remindedOf(p)}</td>
              <td className="px-3 py-2">
                <RemindButton roundId={round.roundId} project={p} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
