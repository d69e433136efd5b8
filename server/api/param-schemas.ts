/**
 * The path and query parameters of the REST API as zod schemas: the parsers (params.ts, export-params.ts) check
 * with them and the OpenAPI document describes them from them.
 */
import { z } from 'zod';
import { PERIOD_PATTERN } from '@/lib/monitoring/period';

/** A record id: a positive integer without leading zeros. */
export const idParamSchema = z.string().regex(/^[1-9]\d{0,14}$/);
export const yearParamSchema = z.string().regex(/^\d{4}$/).meta({ examples: ['2022'] });
export const periodSchema = z.string().regex(PERIOD_PATTERN).meta({ id: 'Period', examples: ['2022-06'] });

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The precondition headers of a month's PUT: `If-Match: "<id>"` (W/ allowed) or `If-None-Match: *`. */
export const ifMatchSchema = z.string().regex(/^(?:W\/)?"([1-9]\d{0,14})"$/).meta({ examples: ['"42"'] });
export const ifNoneMatchSchema = z.literal('*');
