import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TableFormatError } from './errors';
import { detectLayout, parseTable } from './parse-table';
import { textRows } from './readers/text';
import { SEED_ROWS, table } from './test-fixtures';

describe('parseTable', () => {
  it('detects the inline layout', () => {
    const text = table(SEED_ROWS[12]);
    expect(detectLayout(textRows(text))).toBe('inline');
    expect(parseTable(text).projects[0]?.name).toBe('优化营商环境工作经费');
  });

  it('detects the grid layout', () => {
    const text = '项目名称\t会议经费\n资金总额\t1.00\n绩效目标\t开会。\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t会议数\t4次';
    expect(detectLayout(textRows(text))).toBe('grid');
    expect(parseTable(text).projects[0]?.indicators[0]).toMatchObject({ name: '会议数', targetText: '4次' });
  });

  it('rejects text in neither layout', () => {
    expect(detectLayout(textRows('hello'))).toBeNull();
    expect(() => parseTable('hello')).toThrow(
      '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标，或一级指标…三级指标…指标值）',
    );
  });

  const tableLike = fc
    .array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(...Object.values(SEED_ROWS), '合计\t1.00', '一级指标\t二级指标\t三级指标\t指标值', '项目名称\t会议'),
        fc.array(fc.oneof(fc.string(), fc.constantFrom('1、产出指标：', '年度指标值：', '30', '1,100.00', '<p>', '。')), { maxLength: 8 }).map((cells) => cells.join('\t')),
      ),
      { maxLength: 12 },
    )
    .map((lines) => lines.join('\n'));

  it('either parses or throws TableFormatError, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), tableLike, tableLike.map((rest) => `${table()}\n${rest}`)), (text) => {
        try {
          const preview = parseTable(text);
          expect(preview.projects.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(TableFormatError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
