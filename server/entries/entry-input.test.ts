import { describe, expect, it } from 'vitest';
import { entryInputSchema } from './entry-input';

const json = entryInputSchema('json');
const typed = entryInputSchema('typed');

describe('entryInputSchema', () => {
  it('passes the entry fields through, the texts and reasons empty when left out', () => {
    const body = { value: 3, unit: '家', forecast: 12, reasons: ['其他'], explanation: '说明', possibility: '有可能', note: '备注' };
    expect(json.parse(body)).toEqual({ ...body, confirm: false });
    expect(json.parse({ status: '达成', confirm: true })).toEqual({ status: '达成', reasons: [], explanation: '', note: '', confirm: true });
  });

  it('reads null as none for lists and texts, keeps null for the rest', () => {
    expect(json.parse({ value: null, status: '达成', reasons: null, explanation: null, note: null, possibility: null })).toEqual({
      value: null,
      status: '达成',
      possibility: null,
      reasons: [],
      explanation: '',
      note: '',
      confirm: false,
    });
  });

  it('ignores the read-only fields of an entry sent back through the API, but not in the form', () => {
    const sentBack = { id: 4, period: '2022-06', by: 'owner', at: '2022-06-30T00:00:00Z', confirmedWarnings: [], value: 1 };
    expect(json.parse(sentBack)).toMatchObject({ value: 1 });
    expect(typed.safeParse({ ...sentBack, value: '1' }).error?.issues[0]?.message).toMatch(/^未知字段：id、period、by、at、confirmedWarnings（/);
  });

  it('refuses unknown fields with a Chinese message naming them and the fields there are', () => {
    const message = json.safeParse({ value: 1, reason: ['其他'] }).error?.issues[0]?.message;
    expect(message).toBe('未知字段：reason（可用字段：value、status、unit、forecast、reasons、explanation、possibility、note、confirm）');
    expect(json.safeParse({ ['x'.repeat(100)]: 1 }).error?.issues[0]?.message).toContain(`未知字段：${'x'.repeat(40)}（`);
  });

  it('refuses values of the wrong kind, in Chinese', () => {
    const first = (body: unknown) => json.safeParse(body).error?.issues[0]?.message;
    expect(first({ value: '三' })).toBe('完成值应为数字');
    expect(first({ value: 1e16 })).toBe('完成值超出允许范围');
    expect(first({ status: '基本达成' })).toBe('完成情况应为 达成 / 部分达成 / 未达成');
    expect(first({ possibility: '也许' })).toBe('完成目标可能性应为 确定能 / 有可能 / 完全不可能');
    expect(first({ reasons: '其他' })).toBe('偏差原因应为列表');
    expect(first([1])).toBe('填报内容应为 JSON 对象');
  });

  it('reads typed numbers, full-width digits included', () => {
    expect(typed.parse({ value: '１２', forecast: '' })).toMatchObject({ value: 12, forecast: null });
  });
});
