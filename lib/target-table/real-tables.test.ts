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

const FILES = fs.readdirSync(DIR);
const EXPECTED = FILES.filter((file) => file.endsWith('.expected.json'));
/** Every file of a table (the page as copied, and the Word or Excel files rebuilt from it) against its expected file. */
const fixtures = EXPECTED.flatMap((expected) => {
  const base = expected.replace('.expected.json', '.');
  return FILES.filter((file) => file !== expected && file.startsWith(base)).map((table) => ({ table, expected }));
});

const rowOf = (project: PreviewProject, weighted: boolean): Row[] =>
  project.indicators.map((i) => {
    const row: Row = [i.category ?? '', i.name, i.targetText, i.target.kind, i.target.comparator, i.target.value, i.target.unit];
    if (weighted) row.push(i.weight ?? undefined);
    return row;
  });

describe('real tables', () => {
  it('has at least ten of them, with a web page in HTML, a Word, an old Word, an Excel and an old Excel file among them', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fixtures.map(({ table }) => path.extname(table)))).toEqual(new Set(['.txt', '.html', '.docx', '.doc', '.xlsx', '.xls']));
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
