/** The JSON of 待办 and 催报: what GET /api/v1/todos and the remind routes answer. */
import { z } from 'zod';
import { TODO_KIND_LABELS, TODO_KINDS } from '@/lib/rounds/todos';
import { periodSchema } from '../param-schemas';
import { codesDescription } from './common';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const todoSchema = z
  .strictObject({
    kind: z.enum(TODO_KINDS).meta({ description: codesDescription(TODO_KINDS, TODO_KIND_LABELS) }),
    roundId: z.int().positive(),
    projectId: z.int().positive(),
    deadline: day.meta({ description: '截止日期（含当天）' }),
    daysLeft: z.int().meta({ description: '按北京时间的日历日，从今天到截止日期的天数：0 为今天截止，负数为已逾期的天数' }),
    overdue: z.boolean().meta({ description: '已过截止日期' }),
    projectName: z.string(),
    period: periodSchema,
    official: z.boolean().meta({ description: '是否为正式监控轮次' }),
    comment: z.string().meta({ description: '已退回时部门领导的退回意见，否则为空' }),
    remindedAt: z.string().nullable().meta({ description: '最近一次被催报的时间（项目负责人），否则为 null' }),
  })
  .meta({ id: 'Todo' });

export const todoListSchema = z.array(todoSchema).meta({ id: 'TodoList' });

export const projectRemindedSchema = z
  .strictObject({
    roundId: z.int().positive(),
    projectId: z.int().positive(),
    reminded: z.int().min(1).meta({ description: '被催报的项目负责人人数' }),
    sentAt: z.string(),
  })
  .meta({ id: 'ProjectReminded' });

export const roundRemindedSchema = z
  .strictObject({
    roundId: z.int().positive(),
    projectIds: z.array(z.int().positive()).meta({ description: '被催报的项目（尚未送审、且已指定负责人）' }),
    reminded: z.int().min(0).meta({ description: '催报条数（每个项目的每位负责人一条）' }),
    sentAt: z.string(),
  })
  .meta({ id: 'RoundReminded' });
