import { z } from 'zod';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { DEVIATION_REASON_MAX_LENGTH, DEVIATION_REASONS_MAX_COUNT, NOTE_MAX_LENGTH_LIMIT } from '@/lib/monitoring/settings-schema';
import { choicesText, POSSIBILITIES, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';

const MAX_ABS_VALUE = 1e15;
/** Hostile input is refused before anything counts characters; the configured limit is checked after (see saveEntry). */
const TEXT_HARD_CAP = 2 * NOTE_MAX_LENGTH_LIMIT;

const optionalNumber = (name: string, source: NumberSource) =>
  numberField(`${name}应为数字`, source)
    .refine((n) => n === null || (Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE), { message: `${name}超出允许范围` })
    .nullable()
    .optional();

/** A text that may be left out (or sent as null): then it is empty. */
const optionalText = (name: string) =>
  z
    .string({ error: `${name}应为文本` })
    .max(TEXT_HARD_CAP, `${name}过长`)
    .nullable()
    .optional()
    .transform((text) => text ?? '');

/** The fields of an entry the API returns that a client may send back unchanged: they are ignored. */
const ignored = () => z.unknown().optional().meta({ description: '只读字段，原样带回时忽略' });
const READ_ONLY = { id: ignored(), period: ignored(), by: ignored(), at: ignored(), confirmedWarnings: ignored() };

function entryFields(source: NumberSource) {
  return {
    value: optionalNumber('完成值', source).meta({ description: '本月完成（累计型）或截至本月（时点型），以 unit 计；定量指标必填' }),
    status: z
      .enum(QUALITATIVE_STATUSES, { error: `完成情况应为 ${choicesText(QUALITATIVE_STATUSES)}` })
      .nullable()
      .optional()
      .meta({ description: '定性指标的完成情况（必填）' }),
    unit: z
      .string({ error: '单位应为文本' })
      .max(20, '单位过长')
      .trim()
      .nullable()
      .optional()
      .meta({ description: '默认为指标单位；须可换算为指标单位（如 万家 → 家）' }),
    forecast: optionalNumber('全年预计完成值', source).meta({ description: '全年预计完成值' }),
    reasons: z
      .array(z.string({ error: '偏差原因应为类别名称' }).max(DEVIATION_REASON_MAX_LENGTH, '偏差原因过长').trim(), { error: '偏差原因应为列表' })
      .max(DEVIATION_REASONS_MAX_COUNT, '偏差原因过多')
      .nullable()
      .optional()
      .transform((reasons) => reasons ?? [])
      .meta({ description: '偏差原因：设置中的类别（默认 经费保障、制度保障、人员保障、硬件条件保障、其他）' }),
    explanation: optionalText('原因说明').meta({ description: '原因说明；字数上限见设置（默认 2000）' }),
    possibility: z
      .enum(POSSIBILITIES, { error: `完成目标可能性应为 ${choicesText(POSSIBILITIES)}` })
      .nullable()
      .optional()
      .meta({ description: '完成目标可能性' }),
    note: optionalText('备注').meta({ description: '备注；字数上限见设置（默认 2000）' }),
    confirm: z
      .boolean({ error: 'confirm 应为 true 或 false' })
      .optional()
      .default(false)
      .meta({ description: '确认一个合理性检查存疑的数值（超过年度目标的设定倍数、计数单位出现小数等）；确认记入该填报' }),
  };
}

const FIELD_NAMES = Object.keys(entryFields('json'));

/** An unknown field is refused (a typo would otherwise be dropped silently), naming it and the fields there are. */
function entryObjectError(issue: z.core.$ZodRawIssue): string {
  if (issue.code !== 'unrecognized_keys') return '填报内容应为 JSON 对象';
  return `未知字段：${issue.keys.map((k) => k.slice(0, 40)).join('、')}（可用字段：${FIELD_NAMES.join('、')}）`;
}

/**
 * What an owner sends for one indicator and month: an API body (`json`, which may carry back the read-only fields of
 * an entry it read) or the entry form as typed (`typed`). Unknown fields are refused.
 */
const ENTRY_SCHEMAS = {
  json: z
    .strictObject({ ...entryFields('json'), ...READ_ONLY }, { error: entryObjectError })
    .meta({ id: 'EntryInput', description: '定量指标填 value，定性指标填 status。未知字段会被拒绝（400）；id、period、by、at、confirmedWarnings 可原样带回，会被忽略。' }),
  typed: z.strictObject(entryFields('typed'), { error: entryObjectError }),
};

export function entryInputSchema(source: NumberSource) {
  return ENTRY_SCHEMAS[source];
}

export type EntryInput = z.infer<ReturnType<typeof entryInputSchema>>;

export function countChars(text: string): number {
  return [...text].length;
}
