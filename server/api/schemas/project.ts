/** The JSON of projects, indicators and entries (see project-json.ts), as zod schemas: the types and the API document derive from them. */
import { z } from 'zod';
import { POSSIBILITIES, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';
import { MEASURE_MODE_DESCRIPTIONS, MEASURE_MODES } from '@/lib/target-value/types';
import { periodSchema } from '../param-schemas';
import { amountsSchema, codesDescription, errorSchema, fractionSchema, lightSchema } from './common';
import { targetSchema } from './target';
import { targetChangeSchema } from './target-change';

export const projectSchema = z
  .object({
    id: z.int(),
    name: z.string(),
    amounts: amountsSchema,
    owners: z.array(z.string()).meta({ description: '项目负责人的用户名' }),
    light: lightSchema.meta({ description: '目标灯号（各指标中最差的）' }),
    budgetLight: lightSchema.meta({ description: '预算执行灯号' }),
    executionRate: fractionSchema('执行率（小数，0.85 表示 85%）；未填执行数时为 null'),
    indicatorCount: z.int(),
  })
  .meta({ id: 'Project' });

export const projectListSchema = z.object({ projects: z.array(projectSchema) }).meta({ id: 'ProjectList', description: '项目列表' });

export const entrySchema = z
  .object({
    id: z.int().meta({ description: '填报版本；替换时作为 If-Match: "<id>"' }),
    period: periodSchema,
    value: z.number().nullable().meta({ description: '本月完成（累计型）或截至本月（时点型），以 unit 计' }),
    status: z.enum(QUALITATIVE_STATUSES).nullable(),
    unit: z.string().nullable(),
    forecast: z.number().nullable().meta({ description: '全年预计完成值' }),
    reasons: z.array(z.string()).meta({ description: '偏差原因类别' }),
    explanation: z.string().meta({ description: '原因说明' }),
    possibility: z.enum(POSSIBILITIES).nullable(),
    note: z.string(),
    by: z.string().meta({ description: '填报人用户名' }),
    at: z.iso.datetime().meta({ description: '保存时间（UTC）' }),
  })
  .meta({ id: 'Entry' });

export const indicatorSchema = z
  .object({
    id: z.int(),
    seq: z.int(),
    category: z.string().nullable().meta({ description: '一级指标，如 产出指标' }),
    name: z.string(),
    targetText: z.string().meta({ description: '年度指标值原文' }),
    target: targetSchema.meta({ description: '现行目标（已批准的）：待审批的调整在批准前不计入' }),
    mode: z.enum(MEASURE_MODES).meta({ description: codesDescription(MEASURE_MODES, MEASURE_MODE_DESCRIPTIONS) }),
    plannedPeriod: periodSchema.nullable().meta({ description: '计划完成月份：此前应完成 0，自该月起应完成全年目标' }),
    pendingTargetChange: targetChangeSchema.nullable().meta({ description: '待审批的目标调整；没有时为 null' }),
    actual: z
      .union([z.number(), z.enum(QUALITATIVE_STATUSES)])
      .nullable()
      .meta({ description: '截至 asOf 的实际完成值（指标单位）；定性指标为最新完成情况' }),
    expected: z.number().nullable().meta({ description: '按序时进度应完成的值（指标单位）' }),
    ratio: fractionSchema('actual / expected（小数）'),
    light: lightSchema,
    met: z.boolean().nullable().meta({ description: '是否已达成年度目标；未填报为 null' }),
    stale: z.boolean().meta({ description: '上月及本月都没有填报' }),
    entries: z.array(entrySchema).meta({ description: '截至 asOf 每月的当前填报，按月份从早到晚' }),
  })
  .meta({ id: 'Indicator' });

export const projectDetailSchema = projectSchema
  .extend({ indicators: z.array(indicatorSchema) })
  .meta({ id: 'ProjectDetail', description: '项目及其指标' });

/** A project's cumulative 执行数 of a month, as a 409 names the one there is now. */
export const executionJsonSchema = z
  .object({
    id: z.int().meta({ description: '执行数版本；替换时作为 If-Match: "<id>"' }),
    period: periodSchema,
    amount: z.number().meta({ description: '截至该月的累计执行数（万元）' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'Execution' });

/** The 409 of a month's PUT: the message and the record there is now. */
export const entryConflictSchema = errorSchema.extend({ current: entrySchema.optional() }).meta({ id: 'EntryConflict' });
export const executionConflictSchema = errorSchema.extend({ current: executionJsonSchema.optional() }).meta({ id: 'ExecutionConflict' });

export type ProjectJson = z.infer<typeof projectSchema>;
export type EntryJson = z.infer<typeof entrySchema>;
export type IndicatorJson = z.infer<typeof indicatorSchema>;
export type ProjectDetailJson = z.infer<typeof projectDetailSchema>;
export type AmountsJson = z.infer<typeof amountsSchema>;
export type ExecutionJson = z.infer<typeof executionJsonSchema>;
