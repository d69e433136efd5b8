import { z } from 'zod';
import { numberField } from '@/lib/forms/number-schema';
import { SELF_EVALUATION_WARNINGS } from '@/lib/self-evaluation/vocabulary';
import { ValidationError } from '../errors';

/** The fields of the 设置 page's form, as typed. */
export type SettingsFormFields = Record<string, string>;

const MAX_REASONS_TEXT = 2000;

/** A list typed one per line, or separated by 、，; */
const splitList = (text: string) => text.split(/[\n、,，;；]/).map((r) => r.trim()).filter(Boolean);

const typed = (label: string) => numberField(`${label}应为数字`, 'typed');

/**
 * The 设置 page's form as typed: numbers read as people type them (full-width digits too), the 偏差原因 one per line
 * (or separated by 、，;), the 计数单位 likewise, one checkbox per 自评预警 (`warning-<code>`). The result is the override the settings schema checks and merges.
 */
const settingsFormSchema = z
  .object({
    lightRed: typed('红灯阈值'),
    lightYellow: typed('黄灯阈值'),
    lightGreen: typed('绿灯阈值'),
    budgetRed: typed('预算红灯阈值'),
    budgetYellow: typed('预算黄灯阈值'),
    deviationReasons: z.string().max(MAX_REASONS_TEXT, `偏差原因类别过长（不超过 ${MAX_REASONS_TEXT} 字）`).default(''),
    officialRoundMonth: typed('官方监控月份'),
    noteMaxLength: typed('备注与原因说明的字数上限'),
    maxTargetMultiple: typed('超过年度目标的倍数'),
    countUnits: z.string().max(MAX_REASONS_TEXT, `计数单位过长（不超过 ${MAX_REASONS_TEXT} 字）`).default(''),
    leaderApprovesTargetChanges: z.literal('on').optional(),
    weightBudget: typed('预算执行率分值'),
    weightOutput: typed('产出指标分值'),
    weightBenefit: typed('效益指标分值'),
    weightSatisfaction: typed('满意度指标分值'),
    reverseScoring: z.string().max(20).default(''),
    grade优: typed('“优”最低分'),
    grade良: typed('“良”最低分'),
    grade中: typed('“中”最低分'),
    warningSpendingGap: typed('得分与执行偏离阈值'),
    warningLowExecution: typed('执行率预警线'),
    ...Object.fromEntries(SELF_EVALUATION_WARNINGS.map((code) => [`warning-${code}`, z.literal('on').optional()])),
  }, { error: '请填写设置表单的每一项' })
  .transform((f) => ({
    lightThresholds: { red: f.lightRed, yellow: f.lightYellow, green: f.lightGreen },
    budgetThresholds: { red: f.budgetRed, yellow: f.budgetYellow },
    deviationReasons: splitList(f.deviationReasons),
    officialRoundMonth: f.officialRoundMonth,
    noteMaxLength: f.noteMaxLength,
    plausibility: { maxTargetMultiple: f.maxTargetMultiple, countUnits: splitList(f.countUnits) },
    leaderApprovesTargetChanges: f.leaderApprovesTargetChanges === 'on',
    scoring: {
      weights: { budget: f.weightBudget, output: f.weightOutput, benefit: f.weightBenefit, satisfaction: f.weightSatisfaction },
      reverseScoring: f.reverseScoring,
      grades: { 优: f.grade优, 良: f.grade良, 中: f.grade中 },
      warnings: {
        enabled: SELF_EVALUATION_WARNINGS.filter((code) => (f as Record<string, unknown>)[`warning-${code}`] === 'on'),
        spendingGap: f.warningSpendingGap,
        lowExecutionRate: f.warningLowExecution,
      },
    },
  }));

/** Reads the settings form into the override; a field that is not a number is refused, naming the field. */
export function settingsOverrideFromForm(fields: SettingsFormFields): unknown {
  const parsed = settingsFormSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => issue.message);
  throw new ValidationError(messages.join('；'), { settings: messages });
}
