/** Path, query and precondition parameters of the REST API (pure; Chinese messages). */
import { isValidPeriod, periodYear } from '@/lib/monitoring/period';
import type { Period } from '@/lib/monitoring/types';
import { NotFoundError, ValidationError } from '../errors';
import { idParamSchema, ifMatchSchema, yearParamSchema } from './param-schemas';

const valid = (schema: { safeParse: (raw: unknown) => { success: boolean } }, raw: string) => schema.safeParse(raw).success;

/** A record id from the path; anything but a positive integer names no record (404). */
export function parseIdParam(raw: string, what: '项目' | '指标' | '目标调整' | '监控轮次' | '佐证材料'): number {
  if (!valid(idParamSchema, raw)) throw new NotFoundError(`${what}不存在`);
  return Number(raw);
}

/** A month from the path, `YYYY-MM`. */
export function parsePeriodParam(raw: string): Period {
  if (!isValidPeriod(raw)) throw new ValidationError(`月份“${raw}”无效，应为 YYYY-MM（如 2022-06）`, { period: ['月份无效'] });
  return raw;
}

function param(search: URLSearchParams, key: string): string | undefined {
  const value = search.get(key)?.trim();
  return value === '' || value === undefined ? undefined : value;
}

/** `asOf=YYYY-MM`, optional. */
export function parseAsOfQuery(search: URLSearchParams): Period | undefined {
  const asOf = param(search, 'asOf');
  if (asOf !== undefined && !isValidPeriod(asOf)) {
    throw new ValidationError(`截至月份“${asOf}”无效，应为 YYYY-MM（如 2022-06）`, { asOf: ['月份无效'] });
  }
  return asOf;
}

/** Refuses an as-of month outside the project's budget year. */
export function checkAsOfInYear(asOf: Period, year: number): Period {
  if (periodYear(asOf) !== year) throw new ValidationError(`截至月份应在 ${year} 年内`, { asOf: ['不在预算年度内'] });
  return asOf;
}

export interface ProjectListQuery {
  year?: number;
  asOf?: Period;
  departmentId?: number;
}

/** `year=YYYY&asOf=YYYY-MM&department=ID`, each optional; a year missing but an asOf given is the asOf's year. */
export function parseProjectListQuery(search: URLSearchParams): ProjectListQuery {
  const rawYear = param(search, 'year');
  if (rawYear !== undefined && !valid(yearParamSchema, rawYear)) {
    throw new ValidationError(`年度“${rawYear}”无效，应为四位数字（如 2022）`, { year: ['年度无效'] });
  }
  const rawDepartment = param(search, 'department');
  if (rawDepartment !== undefined && !valid(idParamSchema, rawDepartment)) {
    throw new ValidationError(`部门编号“${rawDepartment}”无效，应为正整数`, { department: ['部门编号无效'] });
  }
  const asOf = parseAsOfQuery(search);
  const year = rawYear !== undefined ? Number(rawYear) : asOf !== undefined ? periodYear(asOf) : undefined;
  if (asOf !== undefined && year !== undefined) checkAsOfInYear(asOf, year);
  return {
    ...(year !== undefined && { year }),
    ...(asOf !== undefined && { asOf }),
    ...(rawDepartment !== undefined && { departmentId: Number(rawDepartment) }),
  };
}

/** The ETag of a month's current row — an indicator's entry or a project's 执行数 (its id, quoted). */
export function versionEtag(rowId: number): string {
  return `"${rowId}"`;
}

/**
 * The version the client read of a month's entry or 执行数: `If-Match: "<id>"` → that id; `If-None-Match: *` → null
 * (it saw none); neither → undefined (replace whatever is there).
 */
export function parsePrecondition(headers: Headers): number | null | undefined {
  const ifMatch = headers.get('if-match')?.trim();
  const ifNoneMatch = headers.get('if-none-match')?.trim();
  if (ifMatch && ifNoneMatch) throw new ValidationError('If-Match 与 If-None-Match 不能同时使用');
  if (ifNoneMatch) {
    if (ifNoneMatch !== '*') throw new ValidationError('If-None-Match 只支持 *（该月尚无记录时才保存）');
    return null;
  }
  if (!ifMatch) return undefined;
  const match = ifMatchSchema.safeParse(ifMatch).success ? /"(\d+)"/.exec(ifMatch) : null;
  if (!match) throw new ValidationError(`If-Match 应为读取到的版本（ETag），如 "123"（收到 ${ifMatch.slice(0, 40)}）`);
  return Number(match[1]);
}
