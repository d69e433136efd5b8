/** The JSON of monitoring rounds (see round-json.ts), as zod schemas: its type and the API document derive from them. */
import { z } from 'zod';
import { ROUND_EVENT_LABELS, ROUND_EVENTS, ROUND_PROJECT_STATE_LABELS, ROUND_PROJECT_STATES, ROUND_STATUS_LABELS, ROUND_STATUSES } from '@/lib/rounds/vocabulary';
import { codesDescription } from './common';

const stateSchema = z.enum(ROUND_PROJECT_STATES).meta({ id: 'RoundProjectState', description: codesDescription(ROUND_PROJECT_STATES, ROUND_PROJECT_STATE_LABELS) });
const roundStatusSchema = z.enum(ROUND_STATUSES).meta({ id: 'RoundStatus', description: codesDescription(ROUND_STATUSES, ROUND_STATUS_LABELS) });

export const roundSchema = z
  .object({
    id: z.int(),
    year: z.int().meta({ description: '预算年度' }),
    departmentId: z.int(),
    departmentName: z.string(),
    period: z.string().meta({ description: '本轮覆盖到的月份（YYYY-MM），如 2022-07 为 1–7月' }),
    deadline: z.string().meta({ description: '送审截止日期（YYYY-MM-DD）' }),
    official: z.boolean().meta({ description: '是否为正式监控轮次' }),
    status: roundStatusSchema,
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    counts: z.object(Object.fromEntries(ROUND_PROJECT_STATES.map((s) => [s, z.int().min(0).meta({ description: ROUND_PROJECT_STATE_LABELS[s] })])) as Record<(typeof ROUND_PROJECT_STATES)[number], z.ZodInt>).meta({ description: '各状态的项目数' }),
  })
  .meta({ id: 'Round' });

export const roundListSchema = z.object({ rounds: z.array(roundSchema) }).meta({ id: 'RoundList' });

export const roundProjectSchema = z
  .object({
    roundId: z.int(),
    projectId: z.int(),
    projectName: z.string(),
    period: z.string().meta({ description: '本轮覆盖到的月份' }),
    deadline: z.string(),
    roundStatus: roundStatusSchema,
    state: stateSchema,
    comment: z.string().meta({ description: '最近的退回意见或重新打开的理由' }),
    updatedAt: z.string().nullable(),
    missing: z.array(z.string()).meta({ description: '送审前尚缺的各项（空：可以送审）' }),
    history: z
      .array(
        z.object({
          kind: z.enum(ROUND_EVENTS).meta({ description: codesDescription(ROUND_EVENTS, ROUND_EVENT_LABELS) }),
          comment: z.string(),
          by: z.string().meta({ description: '操作人' }),
          at: z.string(),
        }),
      )
      .meta({ description: '流转记录，最早的在前' }),
  })
  .meta({ id: 'RoundProject' });

/** 422 of a refused 送审: each missing item. */
export const submissionIncompleteSchema = z
  .object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional(), missing: z.array(z.string()).meta({ description: '尚缺的各项' }) })
  .meta({ id: 'SubmissionIncomplete' });

export type RoundJson = z.infer<typeof roundSchema>;
export type RoundProjectJson = z.infer<typeof roundProjectSchema>;
