/** Audit records in words: each changed field with its Chinese name and its values as people write them. */
import { formatPeriod } from '../format/number';
import { formatTimestamp } from '../format/timestamp';
import { ROLE_LABELS } from '../auth/roles';
import { LIGHT_LABELS } from '../monitoring/types';
import { TARGET_CHANGE_STATUS_LABELS } from '../target-change/fields';
import { COMPARATOR_SYMBOLS, DIRECTION_LABELS, MEASURE_MODE_LABELS, TARGET_KIND_LABELS } from '../target-value/types';
import { fieldLabel } from './labels';

/** Stored codes by the field that holds them, named as lib declares them. */
const WORDS: Record<string, Record<string, string>> = {
  targetKind: TARGET_KIND_LABELS,
  kind: TARGET_KIND_LABELS,
  comparator: COMPARATOR_SYMBOLS,
  direction: DIRECTION_LABELS,
  mode: MEASURE_MODE_LABELS,
  role: ROLE_LABELS,
  approval: TARGET_CHANGE_STATUS_LABELS,
  light: LIGHT_LABELS,
  decision: { keep: '保留已保存的', table: '采用新表', accept: '采用新识别的' },
  from: MEASURE_MODE_LABELS,
  to: MEASURE_MODE_LABELS,
};

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const PERIOD = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** One stored value as text: 是/否, lists joined, instants in Beijing time, months as 2022年6月, codes in words. */
export function auditValueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（无）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    if (WORDS[key]?.[value]) return WORDS[key][value]!;
    if (ISO_INSTANT.test(value)) return formatTimestamp(value);
    if (PERIOD.test(value)) return formatPeriod(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length === 0 ? '（无）' : value.join('、');
  if (Array.isArray(value) && value.every(isObject)) return value.length === 0 ? '（无）' : value.map(recordText).join('；');
  if (isObject(value)) return recordText(value);
  return JSON.stringify(value);
}

/** `新增项目 34，更新项目 0`: a nested record of the audit payload, field by field. */
function recordText(record: Record<string, unknown>): string {
  return Object.entries(record)
    .map(([key, v]) => `${fieldLabel(key)} ${auditValueText(key, v)}`)
    .join('，');
}

export interface ChangedField {
  key: string;
  label: string;
  before: string | null;
  after: string;
}

/** Bookkeeping fields a reader does not need to see changing (the record's own number and time). */
const NOISE = new Set(['id', 'createdAt', 'supersededAt', 'userId']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a record changed, field by field: the fields whose values differ (every field, for a record with only an
 * `after`), with before and after in words. Empty when before/after are not objects.
 */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  if (!isObject(after) && !isObject(before)) return [];
  const b = isObject(before) ? before : null;
  const a = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => b === null || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ key: k, label: fieldLabel(k), before: b === null ? null : auditValueText(k, b[k]), after: auditValueText(k, a[k]) }));
}
