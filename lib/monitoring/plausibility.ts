/**
 * Plausibility (DOMAIN.md §5, configurable): figures that are possible but probably mistyped. Each is refused unless the
 * person confirms it; the confirmation is kept with the entry and shown beside it.
 */
import { convertScale } from '../target-value/scale';
import type { Target } from '../target-value/types';
import { formatNumber, formatPeriod, formatWan } from '../format/number';
import type { Period } from './types';

export interface PlausibilitySettings {
  /** A value above this many times the annual target is implausible. */
  maxTargetMultiple: number;
  /** Units counted in whole numbers: a fraction of one is implausible. */
  countUnits: readonly string[];
}

export const DEFAULT_PLAUSIBILITY: PlausibilitySettings = {
  maxTargetMultiple: 10,
  countUnits: ['次', '家', '人', '个', '场', '期', '篇', '份', '项', '户'],
};

export const PLAUSIBILITY_CODES = ['above-target-multiple', 'fraction-of-count', 'execution-decreased', 'execution-above-total'] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

export interface PlausibilityWarning {
  code: PlausibilityCode;
  message: string;
}

/** The count unit a target's unit is written in (`万家` counts 家 in ten thousands), or null. */
function countBase(unit: string | null, settings: PlausibilitySettings): string | null {
  if (!unit) return null;
  const base = unit.replace(/^[万亿]+/, '');
  return settings.countUnits.includes(base) ? base : null;
}

/** Warnings about one month's value of a quantitative indicator, the value being in the target's unit. */
export function entryPlausibility(value: number, target: Target, settings: PlausibilitySettings = DEFAULT_PLAUSIBILITY): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const limit = target.value === null ? null : Math.abs(target.value) * settings.maxTargetMultiple;
  if (limit !== null && limit > 0 && value > limit) {
    warnings.push({
      code: 'above-target-multiple',
      message: `完成值 ${formatNumber(value, target.unit)} 超过年度目标（${formatNumber(target.value, target.unit)}）的 ${settings.maxTargetMultiple} 倍`,
    });
  }
  const base = countBase(target.unit, settings);
  const inBase = base === null ? null : convertScale(value, target.unit, base);
  if (base !== null && inBase !== null && !Number.isInteger(Number(inBase.toFixed(6)))) {
    warnings.push({ code: 'fraction-of-count', message: `“${base}”按整数计，完成值 ${formatNumber(value, target.unit)} 不是整数` });
  }
  return warnings;
}

/**
 * Warnings about a cumulative 执行数 (万元) for `period`: lower than an earlier month's (执行数 only grows), or above the
 * project's 总计.
 */
export function executionPlausibility(
  amount: number,
  period: Period,
  others: readonly { period: Period; amount: number }[],
  total: number | null,
): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const higherBefore = others.filter((e) => e.period < period && e.amount > amount).sort((a, b) => b.amount - a.amount)[0];
  if (higherBefore) {
    warnings.push({
      code: 'execution-decreased',
      message: `累计执行数 ${formatWan(amount)} 万元低于${formatPeriod(higherBefore.period)}的 ${formatWan(higherBefore.amount)} 万元（累计数通常只增不减）`,
    });
  }
  if (total !== null && total > 0 && amount > total) {
    warnings.push({ code: 'execution-above-total', message: `累计执行数 ${formatWan(amount)} 万元超过项目总计 ${formatWan(total)} 万元` });
  }
  return warnings;
}
