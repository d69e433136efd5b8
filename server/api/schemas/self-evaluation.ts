/** The JSON of a project's 自评 (see self-evaluation-json.ts), as zod schemas: its type and the API document derive from them. */
import { z } from 'zod';
import { GRADES } from '@/lib/monitoring/scoring';
import { QUALITATIVE_STATUSES } from '@/lib/monitoring/types';
import {
  SELF_EVALUATION_EVENT_LABELS,
  SELF_EVALUATION_EVENTS,
  SELF_EVALUATION_FLAG_LABELS,
  SELF_EVALUATION_FLAGS,
  SELF_EVALUATION_STATUS_LABELS,
  SELF_EVALUATION_STATUSES,
  SELF_EVALUATION_WARNING_LABELS,
  SELF_EVALUATION_WARNINGS,
} from '@/lib/self-evaluation/vocabulary';
import { codesDescription, moneySchema } from './common';

const points = (description: string) => z.number().meta({ description: `${description}（分，两位小数）` });

export const selfEvaluationSchema = z
  .object({
    projectId: z.int(),
    year: z.int(),
    status: z.enum(SELF_EVALUATION_STATUSES).meta({ description: codesDescription(SELF_EVALUATION_STATUSES, SELF_EVALUATION_STATUS_LABELS) }),
    live: z.boolean().meta({ description: 'true：按当前数据与设置计算（草稿、已退回）；false：提交时的快照（已提交、已通过）' }),
    comment: z.string().meta({ description: '最近的审核意见或重新打开的理由' }),
    goal: z.object({ expected: z.string().meta({ description: '年度总体目标（预期）' }), actual: z.string().meta({ description: '实际完成情况' }) }),
    budget: z.object({
      initial: moneySchema.meta({ description: '年初预算数' }),
      adjusted: moneySchema.meta({ description: '全年预算数（调整过时）；null 为与年初预算数相同' }),
      executed: moneySchema.meta({ description: '全年执行数（12 月的累计执行数）' }),
      rate: z.number().nullable().meta({ description: '执行率（小数）= 全年执行数 / 全年预算数' }),
      weight: points('分值'),
      score: points('得分 = min(执行率, 1) × 分值'),
      analysis: z.string().meta({ description: '预算执行的偏差原因分析' }),
    }),
    lines: z.array(
      z.object({
        indicatorId: z.int(),
        name: z.string(),
        category: z.string().meta({ description: '计分所属的一级指标' }),
        weight: points('分值；不适用的为 0，其余按比例放大'),
        actual: z.number().nullable().meta({ description: '实际完成值（定量，目标单位）' }),
        status: z.enum(QUALITATIVE_STATUSES).nullable().meta({ description: '完成情况（定性：最近一次填报）' }),
        score: z.number().nullable().meta({ description: '得分；不适用的为 null' }),
        draftScore: points('按全年数据计算的草稿得分（无不适用、定性取区间中值）'),
        notApplicable: z.boolean(),
        reason: z.string().meta({ description: '与草稿不同的理由' }),
        analysis: z.string().meta({ description: '偏差原因分析及改进措施' }),
        flags: z.array(z.enum(SELF_EVALUATION_FLAGS)).meta({ description: codesDescription(SELF_EVALUATION_FLAGS, SELF_EVALUATION_FLAG_LABELS) }),
      }),
    ),
    total: points('总分：各行得分之和'),
    grade: z.enum(GRADES).meta({ description: '等级（按设置中的等级最低分）' }),
    warnings: z.array(
      z.object({
        code: z.enum(SELF_EVALUATION_WARNINGS).meta({ description: codesDescription(SELF_EVALUATION_WARNINGS, SELF_EVALUATION_WARNING_LABELS) }),
        message: z.string(),
        indicatorId: z.int().nullable().meta({ description: '所涉指标；null 为整个自评或预算执行' }),
      }),
    ),
    history: z.array(
      z.object({
        kind: z.enum(SELF_EVALUATION_EVENTS).meta({ description: codesDescription(SELF_EVALUATION_EVENTS, SELF_EVALUATION_EVENT_LABELS) }),
        indicatorId: z.int().nullable(),
        text: z.string(),
        by: z.string().meta({ description: '用户名' }),
        at: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'SelfEvaluation' });

export type SelfEvaluationJson = z.infer<typeof selfEvaluationSchema>;
