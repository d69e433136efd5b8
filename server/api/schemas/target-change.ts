/** The JSON of a 目标调整 (see target-change-json.ts), as zod schemas: its type and the API document derive from them. */
import { z } from 'zod';
import { TARGET_CHANGE_STATUS_LABELS, TARGET_CHANGE_STATUSES } from '@/lib/target-change/fields';
import { MEASURE_MODE_DESCRIPTIONS, MEASURE_MODES } from '@/lib/target-value/types';
import { periodSchema } from '../param-schemas';
import { codesDescription } from './common';
import { targetSchema } from './target';

export const targetFieldsSchema = targetSchema
  .extend({
    mode: z.enum(MEASURE_MODES).meta({ description: codesDescription(MEASURE_MODES, MEASURE_MODE_DESCRIPTIONS) }),
    plannedPeriod: periodSchema.nullable().meta({ description: '计划完成月份：此前应完成 0，自该月起应完成全年目标' }),
  })
  .meta({ id: 'TargetFields', description: '目标调整涉及的目标字段' });

export const targetChangeSchema = z
  .object({
    id: z.int(),
    indicatorId: z.int(),
    status: z.enum(TARGET_CHANGE_STATUSES).meta({ description: codesDescription(TARGET_CHANGE_STATUSES, TARGET_CHANGE_STATUS_LABELS) }),
    before: targetFieldsSchema.meta({ description: '申请时的现行目标（已批准的为批准时被替换的目标）' }),
    proposed: targetFieldsSchema,
    reason: z.string().meta({ description: '调整理由' }),
    proposedBy: z.string().meta({ description: '申请人用户名；系统管理员直接设定时与 decidedBy 相同' }),
    proposedAt: z.iso.datetime(),
    decidedBy: z.string().nullable().meta({ description: '审批人用户名' }),
    decidedAt: z.iso.datetime().nullable(),
    comment: z.string().meta({ description: '审批意见' }),
  })
  .meta({ id: 'TargetChange' });

export type TargetChangeJson = z.infer<typeof targetChangeSchema>;
