/** Audit records in words: each changed field with its Chinese name and its values as people write them. */
import { formatPeriod } from '../format/number';
import { formatTimestamp } from '../format/timestamp';
import { TARGET_CHANGE_STATUS_LABELS } from '../target-change/fields';
import { fieldLabel } from './labels';

const WORDS: Record<string, Record<string, string>> = {
  targetKind: { quantitative: '定量', qualitative: '定性' },
  comparator: { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' },
  direction: { higher: '越高越好', lower: '越低越好' },
  mode: { cumulative: '累计', level: '时点' },
  role: { admin: '系统管理员', leader: '部门领导', owner: '项目负责人', auditor: '审计员' },
  status: TARGET_CHANGE_STATUS_LABELS,
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
  return JSON.stringify(value);
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
