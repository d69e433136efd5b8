import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv([['序号', '项目名称'], [1, '推动资本市场发展工作经费']])).toBe('\uFEFF序号,项目名称\r\n1,推动资本市场发展工作经费\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('1,100.00')).toBe('"1,100.00"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(null)).toBe('');
  });

  it('defuses text Excel would run as a formula, but not numbers', () => {
    expect(['=1+1', '+86', '-2', '@SUM(A1)', '\tx'].map(csvField)).toEqual(["'=1+1", "'+86", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvField(-2)).toBe('-2');
    expect(csvField('—')).toBe('—');
  });
});
