import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTableText } from './decode';
import { parseTable } from './parse-table';

const SEED = path.resolve(__dirname, '../../db/seed-data/guangzhou-jinrong-2022.txt');

describe('the seed table (广州市地方金融监督管理局 2022)', () => {
  const preview = parseTable(decodeTableText(readFileSync(SEED)));
  const project = (name: string) => preview.projects.find((p) => p.name === name);
  const at = (line: number) => preview.warnings.filter((w) => w.line === line).map((w) => w.message);

  it('has 34 projects and 167 indicators', () => {
    expect(preview.projects).toHaveLength(34);
    expect(preview.projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(167);
  });

  it('has the header and the 合计 totals', () => {
    expect(preview.title).toBe('项目支出绩效目标表（含转移支付项目）');
    expect(preview.department).toBe('广州市地方金融监督管理局');
    expect(preview.unit).toBe('万元');
    expect(preview.totals).toEqual({ total: 24838.14, fiscal: 24838.14, specialAccount: null, other: null });
  });

  it('merges 工作经费 (line 17) into 金融交流合作 and says so', () => {
    expect(project('金融交流合作')?.amounts.total).toBe(77.9);
    expect(project('金融交流合作')?.indicators).toHaveLength(4);
    expect(at(17)).toEqual([expect.stringContaining('也可能是名为「工作经费」、金额 11.20 万元的独立项目')]);
  });

  it('warns, without failing, that the projects exceed 合计 by 0.70', () => {
    expect(at(10)).toEqual([
      '各项目「总计」之和 24,838.84 万元比合计行的 24,838.14 万元多 0.70 万元，请核对金额',
      '各项目「财政拨款」之和 24,838.84 万元比合计行的 24,838.14 万元多 0.70 万元，请核对金额',
    ]);
  });

  it('joins 金羊奖社会影响 + 力有所提升 across the page break', () => {
    const indicator = project('2022年金融图书“金羊奖”评选补贴')?.indicators[3];
    expect(indicator?.targetText).toBe('金羊奖社会影响力有所提升');
  });

  it("reads line 56's project from its 6 cells", () => {
    const maintenance = preview.projects.find((p) => p.name.startsWith('2023-2024年信息化运维项目'));
    expect(maintenance?.amounts).toEqual({ total: 64.59, fiscal: 64.59, specialAccount: null, other: null });
    expect(maintenance?.indicators).toHaveLength(8);
  });

  it('reports every quirk with its line, in line order', () => {
    expect(preview.warnings.map((w) => w.line)).toEqual([10, 10, 17, 20, 29, 32, 33, 33, 33, 40, 49, 55, 55, 55, 56, 56, 56]);
    expect(preview.warnings.every((w) => /[\u4e00-\u9fa5]/.test(w.message))).toBe(true);
  });

  it('gives every indicator a category and every project a goal', () => {
    const indicators = preview.projects.flatMap((p) => p.indicators);
    expect(indicators.every((i) => i.category !== null)).toBe(true);
    expect(preview.projects.every((p) => p.goal !== '')).toBe(true);
  });
});
