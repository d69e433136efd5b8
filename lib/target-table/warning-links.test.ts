import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTableText } from './decode';
import { mergeWithPrevious } from './edit-preview';
import { parseTable } from './parse-table';
import { warningProject } from './warning-links';

const SEED = path.resolve(__dirname, '../../db/seed-data/guangzhou-jinrong-2022.txt');

describe('warningProject on the seed table', () => {
  const preview = parseTable(decodeTableText(readFileSync(SEED)));
  const linked = (line: number) =>
    preview.warnings.filter((w) => w.line === line).map((w) => {
      const index = warningProject(preview, w);
      return index === null ? null : preview.projects[index].name;
    });

  it('links a page-break fragment to the project placed by its line, not to a namesake', () => {
    expect(linked(17)).toEqual(['金融交流合作']);
    expect(linked(29)).toEqual(['2022年岭南金融博物馆运营管理']);
    expect(linked(49)).toEqual(['2022年金融图书“金羊奖”评选补贴']);
  });

  it('links by a quoted project name, or by an item that starts with an indicator name', () => {
    expect(linked(56)).toContain('2023-2024年信息化运维项目(2023)');
    expect(linked(33)).toEqual(Array(3).fill('2022年在穗法人金融机构增资扩股奖励'));
    expect(linked(40)).toEqual(['2022年新设立金融机构地区总部奖励']);
  });

  it('leaves warnings about totals or numbering unlinked', () => {
    expect(linked(10)).toEqual([null, null]);
    expect(linked(20)).toEqual([null]);
  });

  it('follows the projects as they are edited', () => {
    const index = preview.projects.findIndex((p) => p.name === '2022年新设立金融机构地区总部奖励');
    const merged = mergeWithPrevious(preview, index);
    const warning = preview.warnings.find((w) => w.line === 40)!;
    expect(warningProject(merged, warning)).toBe(index - 1);
  });
});
