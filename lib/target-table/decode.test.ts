import { describe, expect, it } from 'vitest';
import { decodeTableText } from './decode';
import { TableFormatError } from './errors';
import { parseTable } from './parse-table';

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16));
const TABLE = '部门名称：某局\n项目名称\t总计\t绩效目标\t绩效指标\n会议经费\t1.00\t目标。\t1、产出指标：参加会议人数，年度指标值：30';
/** TABLE encoded as GB18030 (by Python's `str.encode('gb18030')`). */
const TABLE_GB18030 = hex(
  'b2bfc3c5c3fbb3c6a3bac4b3bed60acfeec4bfc3fbb3c609d7dcbcc609bca8d0a7c4bfb1ea09bca8d0a7d6b8b1ea0abbe1d2e9beadb7d109312e303009c4bfb1eaa1a30931a1a2b2fab3f6d6b8b1eaa3bab2cebcd3bbe1d2e9c8cbcafda3acc4eab6c8d6b8b1ead6b5a3ba3330',
);

describe('decodeTableText', () => {
  it('reads UTF-8 without and with a BOM', () => {
    const bytes = new TextEncoder().encode(TABLE);
    expect(decodeTableText(bytes)).toBe(TABLE);
    expect(decodeTableText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe(TABLE);
  });

  it('falls back to GB18030/GBK when the bytes are not UTF-8', () => {
    const text = decodeTableText(TABLE_GB18030);
    expect(text).toBe(TABLE);
    expect(parseTable(text).projects[0]?.indicators[0]?.name).toBe('参加会议人数');
  });

  it('reads the four-byte GB18030 sequences', () => {
    expect(decodeTableText(hex('95328236'))).toBe('𠀀');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...TABLE].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeTableText(le)).toBe(TABLE);
  });

  it.each([
    ['empty', new Uint8Array()],
    ['NUL bytes (xlsx, pdf …)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['control characters', new TextEncoder().encode('\u0001\u0002\u0003\u0004 abc')],
    ['neither UTF-8 nor GB18030', Uint8Array.from([0x41, 0xff, 0x41])],
  ])('%s → TableFormatError', (_, bytes) => {
    expect(() => decodeTableText(bytes)).toThrow(TableFormatError);
  });
});
