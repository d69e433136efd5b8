/** The structured 年度指标值 as the API shows it. */
import { z } from 'zod';
import { COMPARATOR_LABELS, COMPARATORS, DIRECTION_LABELS, DIRECTIONS, TARGET_KIND_LABELS, TARGET_KINDS } from '@/lib/target-value/types';
import { codesDescription } from './common';

export const targetSchema = z
  .object({
    kind: z.enum(TARGET_KINDS).meta({ description: codesDescription(TARGET_KINDS, TARGET_KIND_LABELS) }),
    comparator: z.enum(COMPARATORS).nullable().meta({ description: `${codesDescription(COMPARATORS, COMPARATOR_LABELS)}；null 未写明` }),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    direction: z.enum(DIRECTIONS).nullable().meta({ description: `${codesDescription(DIRECTIONS, DIRECTION_LABELS)}；null 不明` }),
  })
  .meta({ id: 'Target' });

