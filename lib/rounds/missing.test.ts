import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS } from '../monitoring/settings';
import { submissionMissing } from './missing';

const explained = { reasons: ['政策调整'], explanation: '会议推迟', possibility: '有可能' };
const blank = { reasons: [], explanation: '', possibility: null };

describe('what a project lacks before it is submitted', () => {
  it('is nothing once every indicator has its month and the 执行数 is in', () => {
    const indicators = [
      { name: '召开会议', light: 'green' as const, entry: blank },
      { name: '参会满意度', light: 'red' as const, entry: explained },
    ];
    expect(submissionMissing('2022-07', indicators, true, DEFAULT_MONITORING_SETTINGS)).toEqual([]);
  });

  it('names each indicator without an entry, each red or yellow one without its reasons, and a missing 执行数', () => {
    const indicators = [
      { name: '召开会议', light: 'red' as const, entry: null },
      { name: '参会满意度', light: 'yellow' as const, entry: { ...blank, reasons: ['政策调整'] } },
      { name: '宣传效果', light: 'red' as const, entry: blank },
      { name: '用户投诉次数', light: 'green' as const, entry: blank },
    ];
    expect(submissionMissing('2022-07', indicators, false, DEFAULT_MONITORING_SETTINGS)).toEqual([
      '「召开会议」缺少2022年7月的填报',
      '「参会满意度」为黄灯，缺少原因说明、完成目标可能性',
      '「宣传效果」为红灯，缺少偏差原因、原因说明、完成目标可能性',
      '缺少2022年7月的累计执行数',
    ]);
  });
});
