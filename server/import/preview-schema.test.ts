import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTableText, parseTable, type ImportPreview } from '@/lib/target-table';
import { ValidationError } from '../errors';
import { parseImportRequest, PREVIEW_LIMITS } from './preview-schema';

const SEED = path.resolve(__dirname, '../../db/seed-data/guangzhou-jinrong-2022.txt');
const PREVIEW = parseTable(decodeTableText(readFileSync(SEED)));

function request(preview: unknown = PREVIEW, extra: Record<string, unknown> = {}) {
  return { preview, departmentName: '测试导入局', year: 2022, confirmRemovals: false, ...extra };
}

/** A deep copy of the seed preview with one indicator's target or fields replaced. */
function withIndicator(patch: Record<string, unknown>, targetPatch: Record<string, unknown> = {}) {
  const copy = structuredClone(PREVIEW) as unknown as { projects: { indicators: Record<string, unknown>[] }[] };
  const ind = copy.projects[1].indicators[0];
  Object.assign(ind, patch);
  ind.target = { ...(ind.target as object), ...targetPatch };
  return copy;
}

function refusal(payload: unknown): string {
  try {
    parseImportRequest(payload);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('payload was accepted');
}

describe('parseImportRequest', () => {
  it('accepts the parsed seed table as it is', () => {
    const parsed = parseImportRequest(request());
    expect(parsed.preview.projects).toHaveLength(34);
    expect(parsed.preview).toEqual(PREVIEW);
    expect(parsed).toMatchObject({ departmentName: '测试导入局', year: 2022, confirmRemovals: false });
  });

  it('trims names and the department', () => {
    const copy = structuredClone(PREVIEW);
    copy.projects[0].name = '  优化营商环境工作经费 ';
    const parsed = parseImportRequest(request(copy, { departmentName: ' 测试导入局 ' }));
    expect(parsed.preview.projects[0].name).toBe('优化营商环境工作经费');
    expect(parsed.departmentName).toBe('测试导入局');
  });

  it.each([
    ['comparator', {}, { comparator: '≥' }],
    ['kind', {}, { kind: 'number' }],
    ['direction', {}, { direction: 'up' }],
    ['mode', { mode: 'sum' }, {}],
    ['category', { category: '其他指标' }, {}],
  ])('refuses an unknown %s', (field, patch, targetPatch) => {
    const message = refusal(request(withIndicator(patch, targetPatch)));
    expect(message).toContain('第2个项目第1项指标');
    expect(message).toContain(field);
    expect(message).toContain('未导入任何内容');
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e999', '12'])('refuses the string %s as a value', (value) => {
    expect(refusal(request(withIndicator({}, { value })))).toContain('target.value');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e300])('refuses the number %s as a value or an amount', (value) => {
    refusal(request(withIndicator({}, { value })));
    const copy = structuredClone(PREVIEW);
    copy.projects[0].amounts.total = value;
    expect(refusal(request(copy))).toContain('amounts.total');
  });

  it('refuses 10,000 projects and too many indicators', () => {
    const many = { ...PREVIEW, projects: Array.from({ length: 10_000 }, () => PREVIEW.projects[0]) };
    expect(refusal(request(many))).toContain('projects');
    const project = PREVIEW.projects[0];
    const crowded = { ...PREVIEW, projects: [{ ...project, indicators: Array(PREVIEW_LIMITS.indicatorsPerProject + 1).fill(project.indicators[0]) }] };
    refusal(request(crowded));
  });

  it('refuses huge strings', () => {
    const huge = '长'.repeat(1_000_000);
    for (const patch of [{ name: huge }, { goal: huge }]) {
      const copy = structuredClone(PREVIEW);
      Object.assign(copy.projects[0], patch);
      expect(refusal(request(copy))).toContain('第1个项目');
    }
    refusal(request(withIndicator({ targetText: huge })));
    refusal(request(withIndicator({}, { unit: huge })));
    refusal(request(PREVIEW, { departmentName: huge }));
    refusal(request({ ...PREVIEW, title: huge }));
  });

  it('refuses unknown keys, missing parts and wrong shapes', () => {
    refusal(request({ ...PREVIEW, extra: 1 }));
    refusal(request(withIndicator({ sql: 'DROP TABLE projects' })));
    refusal(request({ ...PREVIEW, projects: [] }));
    refusal(request('not a preview'));
    refusal(null);
    refusal(request(PREVIEW, { confirmRemovals: 'yes' }));
    const { warnings: _dropped, ...noWarnings } = PREVIEW;
    refusal(request(noWarnings));
  });

  it('refuses targets that break the grammar: a number without value, a qualitative with one', () => {
    expect(refusal(request(withIndicator({}, { kind: 'quantitative', value: null })))).toContain('定量指标需要目标值');
    const qualitative = PREVIEW.projects[0].indicators.findIndex((i) => i.target.kind === 'qualitative');
    const copy: ImportPreview = structuredClone(PREVIEW);
    copy.projects[0].indicators[qualitative].target.value = 3;
    expect(refusal(request(copy))).toContain('定性指标没有目标数值和单位');
  });

  it('refuses a missing department, a blank name and a year out of range, in Chinese', () => {
    expect(refusal(request(PREVIEW, { departmentName: '   ' }))).toContain('请填写部门名称');
    expect(refusal(request(PREVIEW, { year: 1999 }))).toContain('2000–2100');
    expect(refusal(request(PREVIEW, { year: 2022.5 }))).toContain('请填写预算年度');
    expect(refusal(request(PREVIEW, { year: '2022' }))).toContain('year');
    const copy = structuredClone(PREVIEW);
    copy.projects[3].indicators[0].name = ' ';
    expect(refusal(request(copy))).toContain('第4个项目第1项指标');
  });
});
