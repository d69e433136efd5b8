/** The JSON of `GET /api/v1/overview` (the 总览's figures) as zod schemas: its type and the API document derive from them. */
import { z } from 'zod';
import { periodSchema } from '../param-schemas';
import { fractionSchema, lightCountsSchema, lightSchema } from './common';

export const attentionIndicatorSchema = z
  .object({
    indicatorId: z.int(),
    name: z.string(),
    targetText: z.string().meta({ description: '年度指标值（原文）' }),
    light: lightSchema,
    ratio: fractionSchema('完成比（小数）'),
    reasons: z.array(z.string()).meta({ description: '最近一次填报的偏差原因' }),
    explanation: z.string().meta({ description: '原因说明' }),
  })
  .meta({ id: 'AttentionIndicator' });

export const attentionProjectSchema = z
  .object({
    id: z.int(),
    name: z.string(),
    light: lightSchema,
    budgetLight: lightSchema,
    executionRate: z.number().nullable(),
    redCount: z.int(),
    yellowCount: z.int(),
    indicators: z.array(attentionIndicatorSchema),
  })
  .meta({ id: 'AttentionProject' });

const count = (description?: string) => z.int().min(0).meta(description ? { description } : {});

export const overviewSchema = z
  .object({
    department: z.object({ id: z.int(), name: z.string() }),
    year: z.int(),
    asOf: periodSchema,
    projectCount: count(),
    budgetTotal: z.number().meta({ description: '预算总额（万元）' }),
    executedTotal: z.number().meta({ description: '已执行（万元）' }),
    executionRate: fractionSchema('执行率（小数）'),
    budgetLight: lightSchema,
    timeElapsed: z.number().meta({ description: '序时进度（小数）' }),
    indicatorCount: count(),
    reportedIndicatorCount: count('截至月份当月已填报的指标数'),
    unreportedIndicatorCount: count('截至月份当月未填报的指标数'),
    staleIndicatorCount: count('最近一次填报早于截至月份上月的指标数'),
    indicatorsByLight: lightCountsSchema,
    projectsByLight: lightCountsSchema,
    byCategory: z.array(z.object({ category: z.string(), total: count(), byLight: lightCountsSchema })),
    executionByMonth: z.array(z.object({ period: periodSchema, rate: z.number().nullable(), expected: z.number() })),
    attention: z.object({
      projects: z.array(attentionProjectSchema).meta({ description: '全部红灯、黄灯和预算执行滞后的项目，最严重的在前' }),
      totals: z.object({
        redProjects: count(),
        yellowProjects: count(),
        budgetBehindProjects: count(),
        redIndicators: count(),
        yellowIndicators: count(),
      }),
    }),
  })
  .meta({ id: 'Overview', description: '总览' });

export type OverviewJson = z.infer<typeof overviewSchema>;
