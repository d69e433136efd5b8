/** Query parameters of the export endpoints, checked strictly (a bad value is a 400, never a silent default). */
import { defaultAsOf, isValidPeriod, periodYear } from '@/lib/monitoring';
import type { Period } from '@/lib/monitoring/types';
import { exportFormatSchema, idParamSchema, yearParamSchema, type ExportFormat } from '../api/param-schemas';
import { ValidationError } from '../errors';

export interface ExportScopeParams {
  year: number;
  asOf: Period;
  /** Null: the actor's own department (or the only one with that year, for the admin). */
  departmentId: number | null;
}

export interface MonitoringExportParams extends ExportScopeParams {
  /** Null: the whole department workbook. */
  projectId: number | null;
}

function optionalId(params: URLSearchParams, key: string, label: string): number | null {
  const raw = params.get(key);
  if (raw === null || raw === '') return null;
  if (!idParamSchema.safeParse(raw).success) {
    throw new ValidationError(`${label}参数 ${key} 应为正整数`, { [key]: ['无效的编号'] });
  }
  return Number(raw);
}

/** `year` (required), `asOf` (YYYY-MM inside that year; default: the current month clamped into it), `department`. */
export function parseExportScope(params: URLSearchParams, today = new Date()): ExportScopeParams {
  const yearText = params.get('year') ?? '';
  if (!yearParamSchema.safeParse(yearText).success) throw new ValidationError('年度参数 year 应为四位数字，如 2022', { year: ['无效的年度'] });
  const year = Number(yearText);
  const asOfText = params.get('asOf');
  if (asOfText !== null && asOfText !== '' && !(isValidPeriod(asOfText) && periodYear(asOfText) === year)) {
    throw new ValidationError(`截至月份 asOf 应为 ${year} 年内的月份（YYYY-MM）`, { asOf: ['无效的月份'] });
  }
  return {
    year,
    asOf: asOfText || defaultAsOf(year, today),
    departmentId: optionalId(params, 'department', '部门'),
  };
}

export function parseMonitoringExportParams(params: URLSearchParams, today = new Date()): MonitoringExportParams {
  return { ...parseExportScope(params, today), projectId: optionalId(params, 'project', '项目') };
}

export function parseExportFormat(params: URLSearchParams): ExportFormat {
  const format = exportFormatSchema.safeParse(params.get('format'));
  if (format.success) return format.data;
  throw new ValidationError('导出格式 format 应为 xlsx 或 csv', { format: ['无效的格式'] });
}
