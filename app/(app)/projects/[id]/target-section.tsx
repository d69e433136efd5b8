import { LightBadge } from '@/components/monitoring/light-badge';
import { formatNumber, formatPercent, formatPeriod } from '@/lib/format/number';
import type { IndicatorDetail, ProjectDetail } from '@/server/projects/get-project-detail';
import { targetFieldsOf, targetOf } from '@/server/monitoring/indicator-target';
import { targetColumns } from '@/server/target-changes/apply-target';
import { ChangeSummary } from '../../target-changes/change-summary';
import { DecisionForm } from '../../target-changes/decision-form';
import { TargetChangeForm } from './target-change-form';
import { TargetHistory } from './target-history';
import { lockedTargetMessage } from '@/lib/rounds/locked';

/** 目标调整待审批, shown to everyone who reads the project; approvers decide from here. */
export function PendingTargetChange({ item, detail }: { item: IndicatorDetail; detail: ProjectDetail }) {
  const { indicator, pendingTargetChange: pending } = item;
  if (!pending) return null;
  return (
    <section aria-label="目标调整待审批" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <h4 className="mb-2 text-sm font-semibold text-amber-900">目标调整待审批</h4>
      <ChangeSummary change={pending} current={targetFieldsOf(indicator)} />
      <IfApproved item={item} asOf={detail.asOf} />
      {detail.canDecideTargetChanges && (
        <div className="no-print mt-3 max-w-xl border-t border-amber-200 pt-2">
          <DecisionForm changeId={pending.id} label={`审批 ${indicator.name} 的目标调整`} />
        </div>
      )}
    </section>
  );
}

/** The figures as they are and as they would be were the change approved, as of the page's month. */
function IfApproved({ item, asOf }: { item: IndicatorDetail; asOf: string }) {
  const { evaluation: now, ifApproved: then, pendingTargetChange } = item;
  if (!then || !pendingTargetChange) return null;
  const [unitNow, unitThen] = [targetOf(item.indicator).unit, targetOf({ ...item.indicator, ...targetColumns(pendingTargetChange.proposed) }).unit];
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700" data-testid="if-approved">
      <span className="text-slate-600">若批准，截至{formatPeriod(asOf)}：</span>
      {now.expected !== then.expected && (
        <span>
          序时应完成 {formatNumber(now.expected, unitNow)} → {formatNumber(then.expected, unitThen)}；
        </span>
      )}
      {now.ratio !== then.ratio && (
        <span>
          完成比 {formatPercent(now.ratio)} → {formatPercent(then.ratio)}；
        </span>
      )}
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <LightBadge light={now.light} /> → <LightBadge light={then.light} />
      </span>
    </p>
  );
}

/** The indicator's target history, and the form its owner (申请调整目标) or the administrator (直接设定目标) may use. */
export function TargetChanges({ item, detail }: { item: IndicatorDetail; detail: ProjectDetail }) {
  const { indicator, pendingTargetChange: pending, targetChanges } = item;
  const purpose = pending ? null : detail.canWrite ? 'propose' : detail.canSetTarget ? 'set' : null;
  const locked = purpose !== null && detail.lockedThrough !== null;
  return (
    <>
      <TargetHistory targetText={indicator.targetText} changes={targetChanges} />
      {locked && <p className="no-print mt-2 text-xs text-slate-600">{lockedTargetMessage(detail.lockedThrough!)}</p>}
      {purpose && !locked && (
        <details className="no-print mt-3 border-t border-slate-100 pt-2">
          <summary className="cursor-pointer text-sm text-slate-600">{purpose === 'propose' ? '申请调整目标' : '直接设定目标'}</summary>
          <p className="mt-1 text-xs text-slate-500">
            {purpose === 'propose'
              ? '目标是部门的承诺：调整须经审批，批准前灯号、序时应完成值和导出仍按现行目标计算。'
              : '由系统管理员直接设定，记入目标调整记录与审计日志。'}
          </p>
          <div className="mt-2">
            <TargetChangeForm indicatorId={indicator.id} fields={targetFieldsOf(indicator)} year={detail.project.year} purpose={purpose} />
          </div>
        </details>
      )}
    </>
  );
}
