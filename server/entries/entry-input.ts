import { z } from 'zod';
import { POSSIBILITIES, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';

const MAX_ABS_VALUE = 1e15;
const MAX_TEXT = 2000;

const optionalNumber = z
  .number({ error: '请输入数字' })
  .refine((n) => Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE, { message: '数值超出允许范围' })
  .nullable()
  .optional();

/** What an owner sends for one indicator and month (UI form or API body). */
export const entryInputSchema = z.object({
  value: optionalNumber,
  status: z.enum(QUALITATIVE_STATUSES, { error: '完成情况应为 达成 / 部分达成 / 未达成' }).nullable().optional(),
  unit: z.string({ error: '单位应为文本' }).trim().max(20, '单位过长').nullable().optional(),
  forecast: optionalNumber,
  reasons: z
    .array(z.string({ error: '偏差原因应为类别名称' }).trim().max(20, '偏差原因过长'), { error: '偏差原因应为列表' })
    .max(10, '偏差原因过多')
    .optional()
    .default([]),
  explanation: z.string({ error: '原因说明应为文本' }).max(MAX_TEXT * 2, `原因说明不能超过${MAX_TEXT}字`).optional().default(''),
  possibility: z.enum(POSSIBILITIES, { error: '完成目标可能性应为 确定能 / 有可能 / 完全不可能' }).nullable().optional(),
  note: z.string({ error: '备注应为文本' }).optional().default(''),
}, { error: '填报内容应为 JSON 对象' });

export type EntryInput = z.infer<typeof entryInputSchema>;

/** A number as people type it: `1,234.5`, ` 30 `; anything else is NaN so the schema refuses it. */
export function parseTypedNumber(text: FormDataEntryValue | null): number | null {
  const raw = typeof text === 'string' ? text.replace(/[,，\s]/g, '') : '';
  if (raw === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw) ? Number(raw) : Number.NaN;
}

export function countChars(text: string): number {
  return [...text].length;
}

export { MAX_TEXT };
