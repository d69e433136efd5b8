/** 自评预警 (DOMAIN.md §6): what a reviewer spot-checking self-evaluations would raise, each with its line. */
import { formatScore } from '../format/score';
import { satisfies } from '../monitoring/compare';
import { formatPercent } from '../format/number';
import type { MonitoringSettings } from '../monitoring/settings';
import type { Sheet } from './sheet';
import type { SelfEvaluationWarningCode } from './vocabulary';

export interface SelfEvaluationWarning {
  code: SelfEvaluationWarningCode;
  message: string;
  /** The line it concerns; null for the whole evaluation (or its budget line). */
  indicatorId: number | null;
}

type Scored = Pick<Sheet, 'budget' | 'lines'>;


function allFullScore({ lines }: Scored, settings: MonitoringSettings): SelfEvaluationWarning[] {
  const applicable = lines.filter((l) => !l.notApplicable);
  const full = applicable.length > 0 && applicable.every((l) => satisfies(l.score ?? 0, '>=', l.weight, settings.tolerance));
  return full ? [{ code: 'all-full-score', message: `全部 ${applicable.length} 项指标均为满分，请核实每项的实际完成值与佐证`, indicatorId: null }] : [];
}

/** (指标得分/指标分值 − 预算得分/预算分值) ÷ (指标得分/指标分值) above the threshold: a high score on little spending. */
function spendingGap({ budget, lines }: Scored, settings: MonitoringSettings): SelfEvaluationWarning[] {
  const applicable = lines.filter((l) => !l.notApplicable);
  const weight = applicable.reduce((sum, l) => sum + l.weight, 0);
  const score = applicable.reduce((sum, l) => sum + (l.score ?? 0), 0);
  if (weight <= 0 || score <= 0 || budget.weight <= 0) return [];
  const indicatorRate = score / weight;
  const gap = (indicatorRate - budget.score / budget.weight) / indicatorRate;
  if (!(gap > settings.scoring.warnings.spendingGap + settings.tolerance)) return [];
  const message = `指标得分率 ${formatPercent(indicatorRate)}，预算执行得分率 ${formatPercent(budget.score / budget.weight)}，偏离 ${formatPercent(gap)}：资金执行不足而指标得分偏高`;
  return [{ code: 'spending-gap', message, indicatorId: null }];
}

function satisfactionEvidence({ lines }: Scored): SelfEvaluationWarning[] {
  return lines
    .filter((l) => l.category === '满意度指标' && !l.notApplicable && (l.score ?? 0) > 0 && l.evidenceCount === 0)
    .map((l) => ({ code: 'satisfaction-evidence', message: `满意度指标「${l.name}」得分 ${formatScore(l.score ?? 0)}，但没有满意度调查的佐证材料`, indicatorId: l.indicatorId }));
}

function costHigher({ lines }: Scored): SelfEvaluationWarning[] {
  return lines
    .filter((l) => l.category === '成本指标' && !l.notApplicable && l.target.direction === 'higher')
    .map((l) => ({ code: 'cost-higher', message: `成本指标「${l.name}」按“越高越好”计分，成本通常应越低越好，请核实目标方向`, indicatorId: l.indicatorId }));
}

function lowExecution({ budget }: Scored, settings: MonitoringSettings): SelfEvaluationWarning[] {
  const line = settings.scoring.warnings.lowExecutionRate;
  if (budget.rate === null || !(budget.rate < line - settings.tolerance) || budget.analysis.trim() !== '') return [];
  return [{ code: 'low-execution', message: `预算执行率 ${formatPercent(budget.rate)}，低于 ${formatPercent(line)}，尚未说明原因`, indicatorId: null }];
}

const CHECKS: Record<SelfEvaluationWarningCode, (sheet: Scored, settings: MonitoringSettings) => SelfEvaluationWarning[]> = {
  'all-full-score': allFullScore,
  'spending-gap': spendingGap,
  'satisfaction-evidence': satisfactionEvidence,
  'cost-higher': costHigher,
  'low-execution': lowExecution,
};

/** The warnings the settings turn on, in the order of the settings' list. */
export function selfEvaluationWarnings(sheet: Scored, settings: MonitoringSettings): SelfEvaluationWarning[] {
  return settings.scoring.warnings.enabled.flatMap((code) => CHECKS[code](sheet, settings));
}
