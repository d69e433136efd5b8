import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseExportFormat, parseMonitoringExportParams } from './export-params';

const parse = (query: string) => parseMonitoringExportParams(new URLSearchParams(query), new Date(2022, 6, 15));

describe('export params', () => {
  it('reads year, as-of month, department and project', () => {
    expect(parse('year=2022&asOf=2022-05&department=3&project=14')).toEqual({ year: 2022, asOf: '2022-05', departmentId: 3, projectId: 14 });
  });

  it('defaults the as-of month to the last closed month clamped into the year, as the pages do', () => {
    expect(parse('year=2022')).toMatchObject({ asOf: '2022-06', departmentId: null, projectId: null });
    expect(parse('year=2021').asOf).toBe('2021-12');
  });

  it('refuses malformed values with Chinese messages', () => {
    for (const query of ['', 'year=22', 'year=2022&asOf=2022-13', 'year=2022&asOf=2023-01', 'year=2022&project=abc', 'year=2022&department=0']) {
      expect(() => parse(query), query).toThrow(ValidationError);
    }
    expect(() => parse('year=2022&asOf=2021-07')).toThrow('截至月份 asOf 应为 2022 年内的月份');
  });

  it('accepts only xlsx and csv as formats', () => {
    expect(parseExportFormat(new URLSearchParams('format=csv'))).toBe('csv');
    expect(() => parseExportFormat(new URLSearchParams('format=pdf'))).toThrow('导出格式 format 应为 xlsx 或 csv');
  });
});
