import { z } from 'zod';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { DEVIATION_REASON_MAX_LENGTH, DEVIATION_REASONS_MAX_COUNT } from '@/lib/monitoring/settings-schema';
import { choicesText, POSSIBILITIES, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';

const MAX_ABS_VALUE = 1e15;
const MAX_TEXT = 2000;

const optionalNumber = (name: string, source: NumberSource) =>
  numberField(`${name}应为数字`, source)
    .refine((n) => n === null || (Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE), { message: `${name}超出允许范围` })
    .nullable()
    .optional();

/** What an owner sends for one indicator and month: an API body (`json`) or the entry form as typed (`typed`). */
export function entryInputSchema(source: NumberSource) {
  return z.object({
    value: optionalNumber('完成值', source),
    status: z.enum(QUALITATIVE_STATUSES, { error: `完成情况应为 ${choicesText(QUALITATIVE_STATUSES)}` }).nullable().optional(),
    unit: z.string({ error: '单位应为文本' }).max(20, '单位过长').trim().nullable().optional(),
    forecast: optionalNumber('全年预计完成值', source),
    reasons: z
      .array(z.string({ error: '偏差原因应为类别名称' }).max(DEVIATION_REASON_MAX_LENGTH, '偏差原因过长').trim(), { error: '偏差原因应为列表' })
      .max(DEVIATION_REASONS_MAX_COUNT, '偏差原因过多')
      .optional()
      .default([]),
    explanation: z.string({ error: '原因说明应为文本' }).max(MAX_TEXT * 2, `原因说明不能超过${MAX_TEXT}字`).optional().default(''),
    possibility: z.enum(POSSIBILITIES, { error: `完成目标可能性应为 ${choicesText(POSSIBILITIES)}` }).nullable().optional(),
    note: z.string({ error: '备注应为文本' }).max(MAX_TEXT * 2, `备注不能超过${MAX_TEXT}字`).optional().default(''),
    /** Confirms a value the plausibility checks question (DOMAIN.md §5). */
    confirm: z.boolean({ error: 'confirm 应为 true 或 false' }).optional().default(false),
  }, { error: '填报内容应为 JSON 对象' });
}

export type EntryInput = z.infer<ReturnType<typeof entryInputSchema>>;

export function countChars(text: string): number {
  return [...text].length;
}

export { MAX_TEXT };
