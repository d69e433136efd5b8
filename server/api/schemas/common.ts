/** Shapes shared by the API's JSON: lights, money, error bodies. Each `id` becomes a component of the OpenAPI document. */
import { z } from 'zod';
import { PLAUSIBILITY_CODES } from '@/lib/monitoring/plausibility';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';

/** `red 红灯；yellow 黄灯；…`: what each code of a list means, for a schema's description. */
export function codesDescription<T extends string>(codes: readonly T[], labels: Record<T, string>): string {
  return codes.map((code) => `${code} ${labels[code]}`).join('；');
}

export const lightSchema = z.enum(LIGHTS).meta({ id: 'Light', description: codesDescription(LIGHTS, LIGHT_LABELS) });

export const moneySchema = z.number().nullable().meta({ id: 'Money', description: '万元' });

/** A fraction (0.85 for 85%), null when there is nothing to divide. */
export const fractionSchema = (description: string) => z.number().nullable().meta({ description });

export const amountsSchema = z
  .object({
    total: moneySchema.meta({ description: '总计' }),
    fiscal: moneySchema.meta({ description: '财政拨款' }),
    specialAccount: moneySchema.meta({ description: '财政专户拨款' }),
    other: moneySchema.meta({ description: '其他资金' }),
  })
  .meta({ id: 'Amounts' });

export const lightCountsSchema = z
  .object(Object.fromEntries(LIGHTS.map((l) => [l, z.int().min(0).meta({ description: LIGHT_LABELS[l] })])) as Record<(typeof LIGHTS)[number], z.ZodInt>)
  .meta({ id: 'LightCounts' });

export const errorSchema = z
  .object({
    error: z.string().meta({ description: '中文说明' }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: '各字段的错误' }),
  })
  .meta({ id: 'Error' });

/** A figure the plausibility checks question, refused until the body carries `confirm: true`. */
export const implausibleSchema = errorSchema
  .extend({
    code: z.literal('implausible'),
    warnings: z.array(z.object({ code: z.enum(PLAUSIBILITY_CODES), message: z.string() })).meta({ description: '存疑之处' }),
  })
  .meta({ id: 'Implausible' });
