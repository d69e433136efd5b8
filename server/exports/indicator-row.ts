/** One indicator's line of the 项目支出绩效目标执行监控表, as cell texts (pure). */
import type { Entry } from '@/db/schema';
import { formatNumber } from '@/lib/format/number';
import { describeTargetFields } from '@/lib/target-change/fields';
import { targetFieldsOf } from '../monitoring/indicator-target';
import type { EvaluatedIndicator } from '../monitoring/evaluate-projects';

const CHECK = '✓';
const NOT_REPORTED = '未填报';

export interface IndicatorRow {
  category: string;
  subcategory: string;
  name: string;
  target: string;
  /** 1–m月执行情况: the actual with its unit, or the latest status of a qualitative indicator. */
  execution: string;
  /** 全年预计完成情况: the latest forecast given up to the as-of month. */
  forecast: string;
  /** One cell per configured 偏差原因: ✓ where the latest entry gives it. */
  reasons: string[];
  possibility: string;
  /** 原因说明 and 备注 of the latest entry. */
  remark: string;
}

function executionText({ indicator, evaluation }: EvaluatedIndicator): string {
  if (indicator.targetKind === 'qualitative') return evaluation.status ?? NOT_REPORTED;
  return evaluation.actual === null ? NOT_REPORTED : formatNumber(evaluation.actual, indicator.targetUnit);
}

/**
 * 年度指标值 as the table writes it; a target changed through 目标调整 shows the approved one first, and a 计划完成月份
 * is named, so the form says what the figures were judged against.
 */
export function targetText(indicator: EvaluatedIndicator['indicator']): string {
  if (!indicator.targetCorrectedAt && !indicator.plannedPeriod) return indicator.targetText;
  const approved = describeTargetFields(targetFieldsOf(indicator));
  return indicator.targetCorrectedAt ? `${approved}（经审批调整，原表：${indicator.targetText}）` : `${indicator.targetText}（${approved}）`;
}

/** `entries` are the current entries up to the as-of month, oldest first (as evaluateProjects returns them). */
export function indicatorRow(evaluated: EvaluatedIndicator, reasonCategories: readonly string[]): IndicatorRow {
  const { indicator, entries } = evaluated;
  const latest: Entry | undefined = entries.at(-1);
  const forecast = entries.findLast((e) => e.forecast !== null)?.forecast ?? null;
  const note = latest?.note ? `备注：${latest.note}` : '';
  return {
    category: indicator.category ?? '',
    subcategory: indicator.subcategory ?? '',
    name: indicator.name,
    target: targetText(indicator),
    execution: executionText(evaluated),
    forecast: forecast === null ? '' : formatNumber(forecast, indicator.targetUnit),
    reasons: reasonCategories.map((reason) => (latest?.reasons.includes(reason) ? CHECK : '')),
    possibility: latest?.possibility ?? '',
    remark: [latest?.explanation ?? '', note].filter(Boolean).join('\n'),
  };
}
