/**
 * The seed table printed to PDF by headless Chromium (test/fixtures/build/seed-pdf.ts), rows split across pages
 * and the header repeated on each: read from the PDF it must give what the text seed gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeTableText } from './decode';
import { parseTable } from './parse-table';
import { readTable } from './read-table';
import type { ImportPreview, PreviewIndicator } from './types';

const ROOT = path.resolve(__dirname, '../..');
const TEXT = parseTable(decodeTableText(fs.readFileSync(path.join(ROOT, 'db/seed-data/guangzhou-jinrong-2022.txt'))));
const indicators = (preview: ImportPreview) => preview.projects.flatMap((p) => p.indicators.map((i) => ({ project: p.name, ...i })));
const key = (i: PreviewIndicator & { project: string }) => `${i.project}|${i.seq}`;

let pdf: ImportPreview;
beforeAll(async () => {
  pdf = await readTable(new Uint8Array(fs.readFileSync(path.join(ROOT, 'test/fixtures/tables/guangzhou-jinrong-2022.pdf'))));
}, 60_000);

describe('the seed table as a PDF', () => {
  it('is read as the inline layout with the same 34 projects, amounts and department', () => {
    expect(pdf.format).toBe('pdf');
    expect(pdf.layout?.id).toBe('inline');
    expect(pdf.department).toBe(TEXT.department);
    expect(pdf.projects.map((p) => [p.name, p.amounts.total])).toEqual(TEXT.projects.map((p) => [p.name, p.amounts.total]));
  });

  it('reaches at least 98% of the indicator texts and 97% of the strict targets', () => {
    const read = new Map(indicators(pdf).map((i) => [key(i), i]));
    const expected = indicators(TEXT);
    const sameText = expected.filter((i) => read.get(key(i))?.name === i.name && read.get(key(i))?.targetText === i.targetText);
    const sameTarget = expected.filter((i) => JSON.stringify(read.get(key(i))?.target) === JSON.stringify(i.target));
    console.log(`seed PDF: ${pdf.projects.length} projects, ${read.size}/${expected.length} indicators, text ${sameText.length}, strict targets ${sameTarget.length}`);
    expect(sameText.length / expected.length).toBeGreaterThanOrEqual(0.98);
    expect(sameTarget.length / expected.length).toBeGreaterThanOrEqual(0.97);
  });

  it('points warnings and projects at their page and line', () => {
    expect(pdf.projects[0].source).toMatchObject({ page: 1 });
    expect(pdf.projects.at(-1)?.source).toMatchObject({ page: expect.any(Number) });
    expect(pdf.warnings.every((w) => w.source && 'page' in w.source)).toBe(true);
  });
});
