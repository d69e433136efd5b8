import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseEntryBody } from './entry-body';

describe('parseEntryBody', () => {
  it('passes the entry fields through', () => {
    const body = { value: 3, unit: '家', forecast: 12, reasons: ['其他'], explanation: '说明', possibility: '有可能', note: '备注' };
    expect(parseEntryBody(body)).toEqual(body);
    expect(parseEntryBody({ status: '达成' })).toEqual({ status: '达成' });
  });

  it('reads null as none for lists and texts, keeps null for the rest', () => {
    expect(parseEntryBody({ value: null, status: '达成', reasons: null, explanation: null, note: null, possibility: null })).toEqual({
      value: null,
      status: '达成',
      possibility: null,
    });
  });

  it('ignores the read-only fields of an entry sent back', () => {
    expect(parseEntryBody({ id: 4, period: '2022-06', by: 'owner', at: '2022-06-30T00:00:00Z', value: 1 })).toEqual({ value: 1 });
  });

  it('refuses unknown fields with a Chinese message naming them', () => {
    expect(() => parseEntryBody({ valeu: 1 })).toThrow(ValidationError);
    expect(() => parseEntryBody({ value: 1, reason: ['其他'] })).toThrow('未知字段：reason');
  });
});
