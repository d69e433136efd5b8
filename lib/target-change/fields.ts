/** 目标调整 (DOMAIN.md §5): the fields of a target that are the department's commitment, and their changes. */
import { formatPeriod } from '../format/number';
import type { Period } from '../monitoring/types';
import { formatTarget } from '../target-value/format';
import { MEASURE_MODE_LABELS, type MeasureMode, type Target } from '../target-value/types';

/** What a target change may move: the structured target, its measure mode and its 计划完成月份. */
export interface TargetFields extends Target {
  mode: MeasureMode;
  /** 计划完成月份 (YYYY-MM) of a one-off output, or null. */
  plannedPeriod: Period | null;
}

export const TARGET_FIELD_LABELS: Record<keyof TargetFields, string> = {
  kind: '类型',
  comparator: '比较方式',
  value: '目标值',
  unit: '单位',
  direction: '方向',
  mode: '计量方式',
  plannedPeriod: '计划完成月份',
};

export const TARGET_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TargetChangeStatus = (typeof TARGET_CHANGE_STATUSES)[number];
export const TARGET_CHANGE_STATUS_LABELS: Record<TargetChangeStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
};

/** A qualitative target has no value or unit; an empty unit is none. */
export function normalizeTargetFields(fields: TargetFields): TargetFields {
  const qualitative = fields.kind === 'qualitative';
  return {
    ...fields,
    value: qualitative ? null : fields.value,
    unit: qualitative ? null : fields.unit?.trim() || null,
  };
}

/** The fields in which two targets differ, in the order of the form. */
export function changedTargetFields(before: TargetFields, after: TargetFields): (keyof TargetFields)[] {
  const [a, b] = [normalizeTargetFields(before), normalizeTargetFields(after)];
  return (Object.keys(TARGET_FIELD_LABELS) as (keyof TargetFields)[]).filter((key) => a[key] !== b[key]);
}

/** One line for pages, history and messages: `≥ 229 份 · 累计 · 计划完成月份 2022年9月`. */
export function describeTargetFields(fields: TargetFields): string {
  const parts = [formatTarget(fields)];
  if (fields.kind === 'quantitative') parts.push(MEASURE_MODE_LABELS[fields.mode]);
  if (fields.plannedPeriod) parts.push(`计划完成月份 ${formatPeriod(fields.plannedPeriod)}`);
  return parts.join(' · ');
}
