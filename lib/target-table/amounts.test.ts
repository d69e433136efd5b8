import { describe, expect, it } from 'vitest';
import { addAmounts, checkProjectParts, emptyAmounts, formatWan, readAmountCell } from './amounts';
import { cleanCell, trimTrailingPunctuation } from './text';

describe('amount cells', () => {
  it.each([
    ['1,100.00', { kind: 'amount', value: 1100 }],
    ['24,838.14', { kind: 'amount', value: 24838.14 }],
    [' 30.00 ', { kind: 'amount', value: 30 }],
    ['1，100.00', { kind: 'amount', value: 1100 }],
    ['', { kind: 'empty' }],
    ['-', { kind: 'empty' }],
    ['约30', { kind: 'text' }],
    ['1,10.00', { kind: 'text' }],
  ])('%j → %j', (cell, expected) => {
    expect(readAmountCell(cell)).toEqual(expected);
  });

  it('adds in 分 so that 77.90 + 11.20 is 89.10, and empty + empty stays empty', () => {
    const a = { ...emptyAmounts(), total: 77.9, fiscal: 77.9 };
    const b = { ...emptyAmounts(), total: 11.2, fiscal: 11.2 };
    expect(addAmounts(a, b)).toEqual({ total: 89.1, fiscal: 89.1, specialAccount: null, other: null });
    expect(addAmounts({ ...emptyAmounts(), total: 0.1 }, { ...emptyAmounts(), total: 0.2 }).total).toBe(0.3);
  });

  it('formats 万元 with thousands separators', () => {
    expect([formatWan(24838.14), formatWan(0.7), formatWan(-1234567)]).toEqual(['24,838.14', '0.70', '-1,234,567.00']);
  });

  it('warns when 总计 is not the sum of its parts', () => {
    expect(checkProjectParts('x', { total: 30, fiscal: 20, specialAccount: null, other: 5 }, 9)).toEqual([
      { line: 9, message: '项目「x」的总计 30.00 万元不等于财政拨款、财政专户拨款、其他资金之和 25.00 万元' },
    ]);
    expect(checkProjectParts('x', { total: 30, fiscal: 30, specialAccount: null, other: null }, 9)).toEqual([]);
  });
});

describe('cell text', () => {
  it('removes HTML tags and entities but keeps the text', () => {
    expect(cleanCell('<p>广州市地方金融监督管理局</p> <p>2023-2024年信息化运维项目(2023)</p>')).toEqual({
      text: '广州市地方金融监督管理局 2023-2024年信息化运维项目(2023)',
      tags: ['<p>'],
      noisy: false,
    });
    expect(cleanCell('A&nbsp;&amp;&lt;B&gt;<br/>C').text).toBe('A &<B> C');
  });

  it('flags replacement characters as noise', () => {
    expect(cleanCell('金融\ufffd服务').noisy).toBe(true);
  });

  it('trims 年度指标值 of trailing 。；;，, and spaces', () => {
    expect(trimTrailingPunctuation(' 推动粤港澳大湾区国际商业银行设立。。 ')).toBe('推动粤港澳大湾区国际商业银行设立');
    expect(trimTrailingPunctuation('1；, ')).toBe('1');
  });
});
