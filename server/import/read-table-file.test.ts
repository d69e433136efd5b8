import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile } from './read-table-file';

const SEED = fs.readFileSync('db/seed-data/guangzhou-jinrong-2022.txt', 'utf8');

async function xlsx(rows: (string | number | null)[][], sheetName = '绩效目标表'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const countIndicators = (preview: Awaited<ReturnType<typeof readTableFile>>) => preview.projects.reduce((n, p) => n + p.indicators.length, 0);

describe('readTableFile', () => {
  it('reads the inline layout from an Excel sheet (amounts as numbers, line breaks inside cells)', async () => {
    const rows = SEED.split('\n').map((line) => line.split('\t').map((cell) => (/^[\d,]+\.\d\d$/.test(cell) ? Number(cell.replace(/,/g, '')) : cell)));
    rows[11][5] = String(rows[11][5]).replace('。为粤港澳', '。\n为粤港澳');
    const preview = await readTableFile(await xlsx(rows));
    expect(preview.department).toBe('广州市地方金融监督管理局');
    expect(preview.projects).toHaveLength(34);
    expect(countIndicators(preview)).toBe(167);
    expect(preview.projects[0].amounts.total).toBe(30);
  });

  it('reads the per-project grid layout from Excel, carrying merged 一级/二级 cells down', async () => {
    const preview = await readTableFile(
      await xlsx([
        ['部门名称', '某省财政厅'],
        ['项目名称', '2024年数字财政运维'],
        ['资金总额', 120, '财政拨款', 120],
        ['年度绩效目标', '保障系统稳定运行'],
        ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标性质', '权重'],
        ['产出指标', '数量指标', '巡检次数', 12, '次', '≥', 20],
        [null, '质量指标', '系统可用率', 99.5, '%', '≥', 20],
        ['满意度指标', '服务对象满意度指标', '用户满意度', 90, '%', '≥', 10],
      ]),
    );
    expect(preview.projects.map((p) => p.name)).toEqual(['2024年数字财政运维']);
    expect(preview.projects[0].indicators.map((i) => [i.category, i.name, i.targetText, i.mode])).toEqual([
      ['产出指标', '巡检次数', '≥12次', 'cumulative'],
      ['产出指标', '系统可用率', '≥99.5%', 'level'],
      ['满意度指标', '用户满意度', '≥90%', 'level'],
    ]);
  });

  it('reads the grid layout pasted as tab-separated text', async () => {
    const pasted = ['项目名称\t培训项目', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次\t200人次'].join('\n');
    expect((await readTableFile(new TextEncoder().encode(pasted))).projects[0].indicators[0].target).toMatchObject({ value: 200, unit: '人次' });
  });

  it('refuses a damaged workbook with a Chinese message', async () => {
    const bytes = await xlsx([['x']]);
    await expect(readTableFile(bytes.slice(0, 200))).rejects.toThrow('无法读取该 Excel 文件');
  });
});
