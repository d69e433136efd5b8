import { describe, expect, it } from 'vitest';
import { TableFormatError } from './errors';
import { MISSING_HEADER, parseInlineTable } from './inline-table';
import { SEED_HEADER, SEED_ROWS, SEED_SUBTOTAL_ROW, SEED_TOTALS_ROW, table } from './test-fixtures';

const messagesAt = (warnings: { line: number; message: string }[], line: number) =>
  warnings.filter((w) => w.line === line).map((w) => w.message);

describe('parseInlineTable: header lines, 合计 and the department subtotal', () => {
  const preview = parseInlineTable(table(SEED_TOTALS_ROW, SEED_SUBTOTAL_ROW, SEED_ROWS[12]));

  it('reads title, department and unit', () => {
    expect(preview).toMatchObject({
      title: '项目支出绩效目标表（含转移支付项目）',
      department: '广州市地方金融监督管理局',
      unit: '万元',
    });
  });

  it('takes totals from the 合计 row and skips the department subtotal', () => {
    expect(preview.totals).toEqual({ total: 24838.14, fiscal: 24838.14, specialAccount: null, other: null });
    expect(preview.projects.map((p) => p.name)).toEqual(['优化营商环境工作经费']);
    expect(preview.projects[0]?.amounts).toEqual({ total: 30, fiscal: 30, specialAccount: null, other: null });
  });

  it('warns (not fails) when the projects do not add up to 合计', () => {
    expect(messagesAt(preview.warnings, 5)).toContain(
      '各项目「总计」之和 30.00 万元比合计行的 24,838.14 万元少 24,808.14 万元，请核对金额',
    );
  });

  it('ignores blank lines and keeps the source line numbers', () => {
    const spaced = parseInlineTable(['', '', ...SEED_HEADER, '', SEED_ROWS[32], ''].join('\n'));
    expect(spaced.projects).toHaveLength(1);
    expect(spaced.warnings.map((w) => w.line)).toContain(8);
  });
});

describe('parseInlineTable: rows split by page breaks', () => {
  it('joins a goal continued mid-word on the next page (lines 27 + 29)', () => {
    const preview = parseInlineTable(table(SEED_ROWS[27], '', SEED_ROWS[29]));
    const goal = preview.projects[0]?.goal ?? '';
    expect(goal).toContain('逐步打造广广播、电视、报纸');
    expect(goal.endsWith('着力打造广州金融文化国际交流名片。')).toBe(true);
    expect(messagesAt(preview.warnings, 7)).toEqual([
      expect.stringMatching(/^没有金额，视为上一项目「2022年岭南金融博物馆运营管理」（第5行）被分页断开的续行：绩效目标在断词处直接相连/),
    ]);
  });

  it('joins an indicator split mid-word: 金羊奖社会影响 + 力有所提升 (lines 47 + 49)', () => {
    const preview = parseInlineTable(table(SEED_ROWS[47], '', SEED_ROWS[49]));
    const indicators = preview.projects[0]?.indicators ?? [];
    expect(indicators).toHaveLength(5);
    expect(indicators[3]).toMatchObject({ seq: 4, name: '扩大金羊奖社会影响力', targetText: '金羊奖社会影响力有所提升' });
    expect(indicators[4]).toMatchObject({ seq: 5, name: '举办金羊奖评审会', targetText: '1次' });
    expect(messagesAt(preview.warnings, 7)).toEqual([expect.stringContaining('第4项指标在断词处直接相连')]);
  });

  it('merges a fragment row whose numbering continues (lines 15 + 17) and offers the other reading', () => {
    const preview = parseInlineTable(table(SEED_ROWS[15], '', SEED_ROWS[17], SEED_ROWS[18]));
    expect(preview.projects.map((p) => p.name)).toEqual(['金融交流合作', '工作经费']);
    const merged = preview.projects[0];
    expect(merged?.amounts).toEqual({ total: 77.9, fiscal: 77.9, specialAccount: null, other: null });
    expect(merged?.indicators.map((i) => i.seq)).toEqual([1, 2, 3, 4]);
    expect(merged?.goal).toContain('各高端金融论坛内外金融机构');
    const [message] = messagesAt(preview.warnings, 7);
    expect(message).toContain('接续上一项目「金融交流合作」');
    expect(message).toContain('金额按第5行的 77.90 万元计，本行的 11.20 万元未相加');
    expect(message).toContain('也可能是名为「工作经费」、金额 11.20 万元的独立项目');
    expect(preview.projects[1]?.amounts.total).toBe(5);
  });

  it('a row whose numbering restarts at 1 is a project of its own (line 18)', () => {
    const preview = parseInlineTable(table(SEED_ROWS[12], SEED_ROWS[18]));
    expect(preview.projects.map((p) => p.name)).toEqual(['优化营商环境工作经费', '工作经费']);
  });
});

describe('parseInlineTable: HTML, OCR noise and a missing column (lines 53, 55, 56)', () => {
  const preview = parseInlineTable(table(SEED_ROWS[53], '', SEED_ROWS[55], SEED_ROWS[56]));
  const [platform, maintenance] = preview.projects;

  it('continues the indicators 13-19 and keeps the noisy leading text on item 12', () => {
    expect(platform?.indicators.map((i) => i.seq)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(platform?.indicators[11]?.targetText).toBe(
      '涉及政府机关工作人员100人，地方金融机构工作人员1000人，市民及企业用户10000人。人民币1000元，市以及正亚用/10000元',
    );
    expect(platform?.indicators[12]).toMatchObject({ name: '金融机构风险防控数据主题数（个/年）', targetText: '20个/年' });
    const messages = messagesAt(preview.warnings, 7);
    expect(messages).toContain('含 HTML 标签（<p>），已去除标签、保留文字');
    expect(messages).toContainEqual(expect.stringContaining('只有 6 列（表头 7 列）'));
    expect(messages).toContainEqual(expect.stringContaining('可能是识别噪声'));
  });

  it('decides the columns of a 6-cell row by which cells read as amounts', () => {
    expect(maintenance?.name).toBe('2023-2024年信息化运维项目(2023)');
    expect(maintenance?.amounts).toEqual({ total: 64.59, fiscal: 64.59, specialAccount: null, other: null });
    expect(maintenance?.goal.startsWith('通过开展运维项目')).toBe(true);
    expect(maintenance?.indicators).toHaveLength(8);
    expect(messagesAt(preview.warnings, 8)).toEqual([
      '含 HTML 标签（<p>），已去除标签、保留文字',
      expect.stringMatching(/^只有 6 列（表头 7 列），按内容判断各列：总计「64.59」、财政拨款「64.59」、绩效目标/),
      '项目名称前的资金使用单位「广州市地方金融监督管理局」已去掉，项目名称记为「2023-2024年信息化运维项目(2023)」',
    ]);
  });
});

describe('parseInlineTable: other quirks', () => {
  it('reports a non-amount in an amount column and a line without tabs', () => {
    const preview = parseInlineTable(table('优化营商环境工作经费\t30.00\t约30\t\t\t目标。\t1、产出指标：参加会议人数，年度指标值：30。', '第 2 页'));
    expect(preview.projects[0]?.amounts).toEqual({ total: 30, fiscal: null, specialAccount: null, other: null });
    expect(messagesAt(preview.warnings, 5)).toContain('「财政拨款」列的「约30」不是金额，按空处理');
    expect(messagesAt(preview.warnings, 6)).toEqual(['不是表格行（没有制表符），未导入：「第 2 页」']);
  });

  it('continues a project name cut by a page break and skips a repeated header row', () => {
    const preview = parseInlineTable(
      table('金融交流合作\t77.90\t77.90\t\t\t目标。\t1、产出指标：召开会议，年度指标值：1；', SEED_HEADER[3] ?? '', '工作经费\t\t\t\t\t\t'),
    );
    expect(preview.projects.map((p) => p.name)).toEqual(['金融交流合作工作经费']);
    expect(messagesAt(preview.warnings, 6)).toEqual(['重复的表头行（分页处），已跳过']);
    expect(messagesAt(preview.warnings, 7)).toEqual([expect.stringContaining('项目名称续接为「金融交流合作工作经费」')]);
  });

  it('converts a table in 元 to 万元', () => {
    const text = [SEED_HEADER[0], SEED_HEADER[1], '单位：元', SEED_HEADER[3], '项目\t300,000.00\t300,000.00\t\t\t目标。\t1、产出指标：会议，年度指标值：1'].join('\n');
    const preview = parseInlineTable(text);
    expect(preview.projects[0]?.amounts.total).toBe(30);
    expect(messagesAt(preview.warnings, 3)).toEqual(['表格单位为「元」，金额已换算为万元']);
  });
});

describe('parseInlineTable: unrecognisable input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n'],
    ['no header row', '项目支出绩效目标表\n部门名称：某局\n合计\t1.00'],
    ['binary', '\u0000\u0001PK\u0003\u0004'],
  ])('%s → TableFormatError', (_, text) => {
    expect(() => parseInlineTable(text)).toThrow(TableFormatError);
  });

  it('names the missing header', () => {
    expect(() => parseInlineTable('部门名称：某局\n合计\t1.00')).toThrow(MISSING_HEADER);
  });

  it('a header without project rows is an error too', () => {
    expect(() => parseInlineTable(table(SEED_TOTALS_ROW, SEED_SUBTOTAL_ROW))).toThrow('未识别到项目：表头行之后没有项目行');
  });
});
