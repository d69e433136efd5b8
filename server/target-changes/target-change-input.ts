/** What a target change carries: the proposed target fields and a reason (API body or form, as typed). */
import { z } from 'zod';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { isValidPeriod } from '@/lib/monitoring/period';
import { normalizeTargetFields, type TargetFields } from '@/lib/target-change/fields';
import { COMPARATORS, DIRECTIONS, MEASURE_MODES, TARGET_KINDS } from '@/lib/target-value/types';
import { countChars } from '../entries/entry-input';
import { ValidationError } from '../errors';

const MAX_ABS_VALUE = 1e15;
const MAX_UNIT = 20;

const TARGET_CHANGE_FIELDS = ['kind', 'comparator', 'value', 'unit', 'direction', 'mode', 'plannedPeriod', 'reason'];

/** A missing field is named as such; a present but wrong one gets `message`. */
const named = (key: string, message: string) => (issue: { input: unknown }) => (issue.input === undefined ? `缺少字段 ${key}` : message);

/** Unknown keys are named with the ones the object takes (a typo would otherwise go unnoticed). */
const objectError = (what: string, fields: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `未知字段：${(issue.keys ?? []).map((k) => k.slice(0, 40)).join('、')}（可用字段：${fields.join('、')}）`
    : `${what}应为 JSON 对象`;

/** Text of at most `max` characters (counted as people count them); the cheap length cap comes first. */
const text = (key: string, label: string, max: number) =>
  z
    .string({ error: named(key, `${label}应为文本`) })
    .max(max * 2, `${label}不能超过${max}字`)
    .trim()
    .refine((s) => countChars(s) <= max, `${label}不能超过${max}字`);

/** The body of a proposal (and of the administrator's direct setting), as parsed and as the API document shows it. */
export function targetChangeInputSchema(source: NumberSource, maxText: number) {
  return z
    .strictObject(
      {
        kind: z.enum(TARGET_KINDS, { error: named('kind', '目标类型应为 定量 或 定性') }),
        comparator: z.enum(COMPARATORS, { error: named('comparator', '比较方式应为 >=、>、<=、<、= 或 null') }).nullable(),
        value: numberField('目标值应为数字', source).refine((n) => n === null || (Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE), '目标值超出允许范围'),
        unit: z.string({ error: named('unit', '单位应为文本或 null') }).max(MAX_UNIT, `单位不能超过${MAX_UNIT}字`).trim().nullable(),
        direction: z.enum(DIRECTIONS, { error: named('direction', '方向应为 higher、lower 或 null') }).nullable(),
        mode: z.enum(MEASURE_MODES, { error: named('mode', '计量方式应为 累计（cumulative）或 时点（level）') }),
        plannedPeriod: z
          .string({ error: named('plannedPeriod', '计划完成月份应为 YYYY-MM 或 null') })
          .refine(isValidPeriod, '计划完成月份应为 YYYY-MM（如 2022-09）')
          .nullable(),
        reason: text('reason', '调整理由', maxText).refine((s) => s !== '', '请填写调整理由'),
      },
      { error: objectError('目标调整', TARGET_CHANGE_FIELDS) },
    )
    .refine((t) => t.kind === 'qualitative' || t.value !== null, { message: '定量目标必须填写目标值', path: ['value'] });
}

export interface TargetChangeInput {
  fields: TargetFields;
  reason: string;
}

/** The first issue as the message, every issue by field. */
function refused(error: z.ZodError): ValidationError {
  const { fieldErrors } = z.flattenError(error);
  return new ValidationError(error.issues[0]?.message ?? '目标调整内容有误', fieldErrors as Record<string, string[]>);
}

/** Numbers as JSON numbers (`json`, the API) or as typed in the form (`typed`); `maxText` is the note length limit. */
export function parseTargetChange(body: unknown, { numbers, maxText }: { numbers: NumberSource; maxText: number }): TargetChangeInput {
  const parsed = targetChangeInputSchema(numbers, maxText).safeParse(body);
  if (!parsed.success) throw refused(parsed.error);
  const { reason, ...fields } = parsed.data;
  return { fields: normalizeTargetFields(fields), reason };
}

/** An approver's `{ "comment": "…" }`; required for a rejection (the owner must learn why). */
export function decisionSchema({ maxText, commentRequired }: { maxText: number; commentRequired: boolean }) {
  const comment = text('comment', '审批意见', maxText).refine((s) => !commentRequired || s !== '', '驳回时请填写审批意见');
  return z.strictObject(
    { comment: commentRequired ? comment : comment.optional().default('') },
    { error: objectError('审批内容', ['comment']) },
  );
}

export function parseDecision(body: unknown, options: { maxText: number; commentRequired: boolean }): string {
  const parsed = decisionSchema(options).safeParse(body);
  if (!parsed.success) throw refused(parsed.error);
  return parsed.data.comment;
}
