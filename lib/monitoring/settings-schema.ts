/**
 * The configurable rules as a zod schema: what the administrator saves (a partial override) is checked field by field,
 * with Chinese messages, and merged over the defaults. A new setting is one line here and its default in settings.ts.
 */
import { z } from 'zod';
import { DEFAULT_MONITORING_SETTINGS, REVERSE_SCORING_LABELS, REVERSE_SCORINGS, type MonitoringSettings } from './settings';
import { SELF_EVALUATION_WARNING_LABELS, SELF_EVALUATION_WARNINGS } from '../self-evaluation/vocabulary';
import { choicesText } from './types';

/** A reason category as the entry form and the API carry it. */
export const DEVIATION_REASON_MAX_LENGTH = 20;
export const DEVIATION_REASONS_MAX_COUNT = 10;
export const NOTE_MAX_LENGTH_LIMIT = 100_000;

const number = (label: string) =>
  z.number({ error: `${label}应为数字` }).refine(Number.isFinite, `${label}应为有限的数`).refine((n) => n >= 0, `${label}不能为负数`);

const integer = (label: string, min: number, max: number, why = '') =>
  z.int({ error: `${label}应为 ${min} 到 ${max} 的整数${why}` }).min(min, `${label}应为 ${min} 到 ${max} 的整数${why}`).max(max, `${label}应为 ${min} 到 ${max} 的整数${why}`);

/** An object of known keys only: an unknown key is named in the message. */
function section<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `${label}中有未知设置项：${issue.keys.join('、')}` : `${label}应为对象`),
  });
}

const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]!);

function monitoringSettingsSchema(defaults: MonitoringSettings) {
  const light = defaults.lightThresholds;
  const budget = defaults.budgetThresholds;
  const { weights, grades } = defaults.scoring;
  return section('设置', {
    lightThresholds: section('指标灯号阈值', {
      red: number('红灯阈值').default(light.red),
      yellow: number('黄灯阈值').default(light.yellow),
      green: number('绿灯阈值').default(light.green),
    })
      .refine((t) => ascending([t.red, t.yellow, t.green]), '指标灯号阈值必须从红灯、黄灯到绿灯严格递增')
      .prefault({}),
    budgetThresholds: section('预算执行灯号阈值', {
      red: number('预算红灯阈值').default(budget.red),
      yellow: number('预算黄灯阈值').default(budget.yellow),
    })
      .refine((t) => ascending([t.red, t.yellow]), '预算执行灯号阈值必须从红灯到黄灯严格递增')
      .prefault({}),
    tolerance: number('比较容差').refine((t) => t < 0.01, '比较容差应小于 0.01').default(defaults.tolerance),
    deviationReasons: z
      .array(
        z.string({ error: '偏差原因类别应为文字' }).trim().min(1, '偏差原因类别不能为空').max(DEVIATION_REASON_MAX_LENGTH, `每个偏差原因类别不超过 ${DEVIATION_REASON_MAX_LENGTH} 个字`),
        { error: '偏差原因类别应为列表' },
      )
      .min(1, '至少需要一个偏差原因类别')
      .max(DEVIATION_REASONS_MAX_COUNT, `偏差原因类别不超过 ${DEVIATION_REASONS_MAX_COUNT} 个`)
      .refine((reasons) => new Set(reasons).size === reasons.length, '偏差原因类别不能重复')
      .default([...defaults.deviationReasons]),
    officialRoundMonth: integer('官方监控月份', 2, 12, '（该月汇总此前各月数据）').default(defaults.officialRoundMonth),
    noteMaxLength: integer('备注与原因说明的字数上限', 1, NOTE_MAX_LENGTH_LIMIT).default(defaults.noteMaxLength),
    leaderApprovesTargetChanges: z.boolean({ error: '部门领导审批目标调整应为是或否' }).default(defaults.leaderApprovesTargetChanges),
    plausibility: section('合理性检查', {
      maxTargetMultiple: number('超过年度目标的倍数')
        .refine((n) => n >= 1, '超过年度目标的倍数不能小于 1')
        .default(defaults.plausibility.maxTargetMultiple),
      countUnits: z
        .array(z.string({ error: '计数单位应为文字' }).trim().min(1, '计数单位不能为空').max(10, '计数单位不超过 10 个字'), { error: '计数单位应为列表' })
        .default([...defaults.plausibility.countUnits]),
    }).prefault({}),
    scoring: section('自评设置', {
      weights: section('自评分值', {
        budget: number('预算执行率分值').default(weights.budget),
        output: number('产出指标分值').default(weights.output),
        benefit: number('效益指标分值').default(weights.benefit),
        satisfaction: number('满意度指标分值').default(weights.satisfaction),
      })
        .superRefine((w, ctx) => {
          const sum = w.budget + w.output + w.benefit + w.satisfaction;
          if (Math.abs(sum - 100) > 1e-9) ctx.addIssue({ code: 'custom', message: `自评分值合计必须为 100（当前 ${sum}）` });
        })
        .prefault({}),
      reverseScoring: z
        .enum(REVERSE_SCORINGS, { error: `反向指标计分应为 ${choicesText(Object.values(REVERSE_SCORING_LABELS))}` })
        .default(defaults.scoring.reverseScoring),
      grades: section('等级最低分', {
        优: number('“优”最低分').default(grades.优),
        良: number('“良”最低分').default(grades.良),
        中: number('“中”最低分').default(grades.中),
      })
        .refine((g) => ascending([g.中, g.良, g.优]), '等级最低分必须满足 中 < 良 < 优')
        .prefault({}),
      warnings: section('自评预警', {
        enabled: z
          .array(z.enum(SELF_EVALUATION_WARNINGS, { error: `自评预警应为 ${choicesText(Object.values(SELF_EVALUATION_WARNING_LABELS))}` }), { error: '自评预警应为列表' })
          .refine((codes) => new Set(codes).size === codes.length, '自评预警不能重复')
          .default([...defaults.scoring.warnings.enabled]),
        spendingGap: number('得分与执行偏离阈值').refine((n) => n < 1, '得分与执行偏离阈值应小于 100%').default(defaults.scoring.warnings.spendingGap),
        lowExecutionRate: number('执行率预警线').refine((n) => n <= 1, '执行率预警线不能超过 100%').default(defaults.scoring.warnings.lowExecutionRate),
      }).prefault({}),
    }).prefault({}),
  });
}

const schema = monitoringSettingsSchema(DEFAULT_MONITORING_SETTINGS);

export type ParseSettingsResult = { ok: true; settings: MonitoringSettings } | { ok: false; errors: string[] };

/**
 * Checks a partial override (e.g. the stored JSON) and merges it over `DEFAULT_MONITORING_SETTINGS`; `undefined`/`null`
 * means no override. Every problem is reported, in Chinese.
 */
export function parseMonitoringSettings(input: unknown): ParseSettingsResult {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
}
