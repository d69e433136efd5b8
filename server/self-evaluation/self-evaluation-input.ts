/** What the 自评 forms and API bodies carry (API body or form, as typed), with Chinese messages. */
import { z } from 'zod';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { countChars } from '../entries/entry-input';
import { ValidationError } from '../errors';

const MAX_BUDGET = 1e9;

const objectError = (what: string, fields: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `未知字段：${(issue.keys ?? []).map((k) => k.slice(0, 40)).join('、')}（可用字段：${fields.join('、')}）`
    : `${what}应为 JSON 对象`;

/** Text of at most `max` characters (as people count them); the cheap length cap comes first. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文本` })
    .max(max * 2, `${label}不能超过${max}字`)
    .trim()
    .refine((s) => countChars(s) <= max, `${label}不能超过${max}字`);

const LINE_FIELDS = ['notApplicable', 'reason', 'score', 'analysis'];

/** PUT …/self-evaluation/lines/{indicatorId}: the whole edit of the line (what is left out is as drafted). */
export function lineEditSchema(source: NumberSource, maxText: number) {
  return z.strictObject(
    {
      notApplicable: z.boolean({ error: 'notApplicable 应为 true 或 false' }).default(false).meta({ description: '不适用：该指标本年度无法评价，其分值按比例分给其他指标' }),
      reason: text('理由', maxText).default('').meta({ description: '与草稿不同（不适用、调整得分）的理由；此时必填' }),
      score: numberField('得分应为数字', source)
        .refine((n) => n === null || (Number.isFinite(n) && n >= 0 && n <= 100), '得分应在 0 到 100 之间')
        .default(null)
        .meta({ description: '定性指标在其完成情况对应区间内选择的得分（分）；null 为区间中值（草稿）；定量指标不可填' }),
      analysis: text('偏差原因分析及改进措施', maxText).default('').meta({ description: '偏差原因分析及改进措施；得分低于分值时提交前必填' }),
    },
    { error: objectError('自评指标', LINE_FIELDS) },
  );
}

const SUMMARY_FIELDS = ['adjustedBudget', 'goalActual', 'budgetAnalysis'];

/** PUT …/self-evaluation: the evaluation's own fields. */
export function summarySchema(source: NumberSource, maxText: number) {
  return z.strictObject(
    {
      adjustedBudget: numberField('全年预算数应为数字', source)
        .refine((n) => n === null || (Number.isFinite(n) && n > 0 && n <= MAX_BUDGET), '全年预算数应为正数（万元）')
        .default(null)
        .meta({ description: '全年预算数（万元），预算在年度中调整过时填写；null 为与年初预算数相同' }),
      goalActual: text('年度总体目标实际完成情况', maxText).default('').meta({ description: '年度总体目标的实际完成情况' }),
      budgetAnalysis: text('预算执行偏差原因分析', maxText).default('').meta({ description: '预算执行的偏差原因分析及改进措施；执行率得分低于分值时提交前必填' }),
    },
    { error: objectError('自评', SUMMARY_FIELDS) },
  );
}

/** `{ "comment": "…" }` of approve and return; a return must say why. */
export function decisionSchema(maxText: number, commentRequired: boolean) {
  const comment = text('审核意见', maxText).refine((s) => !commentRequired || s !== '', '退回时请填写审核意见');
  return z.strictObject({ comment: commentRequired ? comment : comment.optional().default('') }, { error: objectError('审核内容', ['comment']) });
}

/** `{ "reason": "…" }` of the administrator's reopening. */
export function reopenSchema(maxText: number) {
  const reason = text('重新打开的理由', maxText).refine((s) => s !== '', '请填写重新打开的理由');
  return z.strictObject({ reason }, { error: objectError('请求体', ['reason']) });
}

/** The first issue as the message, every issue by field. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error);
  throw new ValidationError(parsed.error.issues[0]?.message ?? '内容有误', fieldErrors as Record<string, string[]>);
}
