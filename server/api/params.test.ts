import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors';
import { versionEtag, parseAsOfQuery, parsePrecondition, parseIdParam, parsePeriodParam, parseProjectListQuery } from './params';

const query = (qs: string) => parseProjectListQuery(new URLSearchParams(qs));

describe('parseIdParam', () => {
  it('takes positive integers and answers 404 for anything else', () => {
    expect(parseIdParam('12', '项目')).toBe(12);
    for (const raw of ['0', '-1', '1.5', '1e3', 'abc', '', '012', '9'.repeat(20)]) {
      expect(() => parseIdParam(raw, '指标')).toThrow(NotFoundError);
    }
    expect(() => parseIdParam('x', '指标')).toThrow('指标不存在');
  });
});

describe('parsePeriodParam', () => {
  it('takes YYYY-MM and refuses other months in Chinese', () => {
    expect(parsePeriodParam('2022-06')).toBe('2022-06');
    for (const raw of ['2022-13', '2022-6', '2022-00', '202206', 'june']) {
      expect(() => parsePeriodParam(raw)).toThrow(/月份.*无效/);
    }
  });
});

describe('parseProjectListQuery', () => {
  it('reads year, asOf and department', () => {
    expect(query('year=2022&asOf=2022-06&department=3')).toEqual({ year: 2022, asOf: '2022-06', departmentId: 3 });
    expect(query('')).toEqual({});
    expect(query('year=&asOf=')).toEqual({});
  });

  it('takes the year of asOf when no year is given', () => {
    expect(query('asOf=2021-03')).toEqual({ year: 2021, asOf: '2021-03' });
  });

  it('refuses a bad year, a bad asOf, an asOf outside the year and a bad department with 400s in Chinese', () => {
    expect(() => query('year=22')).toThrow(ValidationError);
    expect(() => query('year=二〇二二')).toThrow('年度');
    expect(() => query('year=2022&asOf=2022-13')).toThrow('截至月份');
    expect(() => query('year=2022&asOf=2023-01')).toThrow('2022 年内');
    expect(() => query('department=abc')).toThrow('部门编号');
    expect(() => query('year=x')).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining('年度') }));
  });
});

describe('parseAsOfQuery', () => {
  it('is optional and must be a month', () => {
    expect(parseAsOfQuery(new URLSearchParams('asOf=2022-12'))).toBe('2022-12');
    expect(parseAsOfQuery(new URLSearchParams(''))).toBeUndefined();
    expect(() => parseAsOfQuery(new URLSearchParams('asOf=2022-12-01'))).toThrow(ValidationError);
  });
});

describe('parsePrecondition', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('maps If-Match to the entry id read, If-None-Match: * to "none read", neither to "replace"', () => {
    expect(parsePrecondition(headers({}))).toBeUndefined();
    expect(parsePrecondition(headers({ 'If-Match': '"42"' }))).toBe(42);
    expect(parsePrecondition(headers({ 'If-Match': 'W/"42"' }))).toBe(42);
    expect(parsePrecondition(headers({ 'If-Match': versionEtag(7) }))).toBe(7);
    expect(parsePrecondition(headers({ 'If-None-Match': '*' }))).toBeNull();
  });

  it('refuses malformed or combined preconditions', () => {
    const cases: Record<string, string>[] = [{ 'If-Match': '42' }, { 'If-Match': '"abc"' }, { 'If-Match': '*' }, { 'If-None-Match': '"3"' }, { 'If-Match': '"1"', 'If-None-Match': '*' }];
    for (const init of cases) {
      expect(() => parsePrecondition(headers(init))).toThrow(ValidationError);
    }
  });
});
