/**
 * Real published tables (test/fixtures/tables, sources in its README): each expected file was written by reading the
 * table, and the importer must reach every indicator of it — name, 年度指标值 as written, and the strict target.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';
import type { PreviewProject } from './types';

const DIR = path.resolve(__dirname, '../../test/fixtures/tables');

type Row = [string, string, string, string, string | null, number | null, string | null, number?];
interface Expected {
  projects: (Partial<Pick<PreviewProject, 'name' | 'goal' | 'period' | 'department' | 'executor'>> & { amounts?: Record<string, number>; indicators: Row[] })[];
}

const fixtures = fs
  .readdirSync(DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => ({ table: fs.readdirSync(DIR).find((f) => f !== file && f.startsWith(file.replace('.expected.json', '.'))) ?? '', expected: file }));

const rowOf = (project: PreviewProject, weighted: boolean): Row[] =>
  project.indicators.map((i) => {
    const row: Row = [i.category ?? '', i.name, i.targetText, i.target.kind, i.target.comparator, i.target.value, i.target.unit];
    if (weighted) row.push(i.weight ?? undefined);
    return row;
  });

describe('real tables', () => {
  it('has at least ten of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures)('$table reaches every indicator of $expected', async ({ table, expected }) => {
    const want = JSON.parse(fs.readFileSync(path.join(DIR, expected), 'utf8')) as Expected;
    const preview = await readTable(new Uint8Array(fs.readFileSync(path.join(DIR, table))));
    expect(preview.projects.map((p) => p.name)).toEqual(want.projects.map((p) => p.name));
    want.projects.forEach(({ indicators, amounts, ...fields }, index) => {
      const project = preview.projects[index];
      expect(project).toMatchObject(fields);
      if (amounts) expect(project.amounts).toMatchObject(amounts);
      expect(rowOf(project, indicators.some((row) => row.length > 7))).toEqual(indicators);
    });
  });
});
