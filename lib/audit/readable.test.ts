import { describe, expect, it } from 'vitest';
import { auditValueText, changedFields } from './readable';

describe('audit records in words', () => {
  it('names the fields of a target change in Chinese, with the codes in words', () => {
    const before = { id: 48, targetValue: 356, comparator: null, mode: 'cumulative', targetUnit: '份', targetText: '356份' };
    const after = { id: 48, targetValue: 229, comparator: '>=', mode: 'level', targetUnit: '份', targetText: '356份' };
    expect(changedFields(before, after)).toEqual([
      { key: 'targetValue', label: '目标值', before: '356', after: '229' },
      { key: 'comparator', label: '比较方式', before: '（无）', after: '≥' },
      { key: 'mode', label: '计量方式', before: '累计', after: '时点' },
    ]);
  });

  it('lists every field of a new record, leaving out its number and time', () => {
    const saved = { id: 9, period: '2022-06', value: 3, reasons: ['经费保障', '其他'], createdAt: '2022-06-28T01:00:00.000Z', supersededAt: null };
    expect(changedFields(null, saved)).toEqual([
      { key: 'period', label: '月份', before: null, after: '2022年6月' },
      { key: 'value', label: '完成值', before: null, after: '3' },
      { key: 'reasons', label: '偏差原因', before: null, after: '经费保障、其他' },
    ]);
  });

  it('writes instants in Beijing time and flags as 是/否', () => {
    expect(auditValueText('lockedUntil', '2022-07-05T06:03:07.000Z')).toBe('2022-07-05 14:03:07');
    expect(auditValueText('keyMonitored', true)).toBe('是');
    expect(auditValueText('role', 'leader')).toBe('部门领导');
    expect(auditValueText('reasons', [])).toBe('（无）');
  });

  it('writes a nested record of an import field by field, a list of them one after another', () => {
    expect(auditValueText('counts', { newProjects: 34, updatedProjects: 0 })).toBe('新增项目 34，更新项目 0');
    const decisions = [{ name: '运维 / UPS连续无故障时长', from: 'cumulative', to: 'level', decision: 'accept' }];
    expect(auditValueText('modeDecisions', decisions)).toBe('名称 运维 / UPS连续无故障时长，原为 累计，识别为 时点，处理 采用新识别的');
    expect(auditValueText('targetDecisions', [])).toBe('（无）');
  });

  it('has nothing to list when neither side is an object', () => {
    expect(changedFields(null, null)).toEqual([]);
    expect(changedFields([1], [2])).toEqual([]);
  });
});
