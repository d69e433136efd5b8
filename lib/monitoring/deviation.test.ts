import { describe, expect, it } from 'vitest';
import { needsDeviationExplanation, validateDeviation as validateWithFields } from './deviation';
import { DEFAULT_MONITORING_SETTINGS } from './settings';

/** The messages alone; a test below checks the fields they belong to. */
const validateDeviation = (...args: Parameters<typeof validateWithFields>) => validateWithFields(...args).map((p) => p.message);

const complete = { reasons: ['经费保障'], explanation: '资金拨付延迟', possibility: '有可能' };

describe('needsDeviationExplanation', () => {
  it('red and yellow only', () => {
    expect(needsDeviationExplanation('red')).toBe(true);
    expect(needsDeviationExplanation('yellow')).toBe(true);
    expect(needsDeviationExplanation('green')).toBe(false);
    expect(needsDeviationExplanation('blue')).toBe(false);
    expect(needsDeviationExplanation('gray')).toBe(false);
  });
});

describe('validateDeviation', () => {
  it('a red entry needs 偏差原因, 原因说明 and 完成目标可能性', () => {
    const empty = { reasons: [], explanation: null, possibility: null };
    expect(validateDeviation({ light: 'red', ...empty })).toEqual([
      '偏差原因为必填项：该指标当前为红灯',
      '原因说明为必填项：该指标当前为红灯',
      '完成目标可能性为必填项：该指标当前为红灯',
    ]);
  });

  it('names the field each problem belongs to, so the form can show it beside that field', () => {
    expect(validateWithFields({ light: 'red', reasons: [], explanation: '', possibility: '也许' }).map((p) => p.field)).toEqual([
      'reasons',
      'explanation',
      'possibility',
    ]);
  });

  it('a yellow entry too; blank text counts as missing', () => {
    expect(validateDeviation({ light: 'yellow', reasons: ['其他'], explanation: '  ', possibility: '' })).toEqual([
      '原因说明为必填项：该指标当前为黄灯',
      '完成目标可能性为必填项：该指标当前为黄灯',
    ]);
  });

  it('a complete red entry may be saved; green and blue need nothing', () => {
    expect(validateDeviation({ light: 'red', ...complete })).toEqual([]);
    const empty = { reasons: [], explanation: '', possibility: null };
    expect(validateDeviation({ light: 'green', ...empty })).toEqual([]);
    expect(validateDeviation({ light: 'blue', ...empty })).toEqual([]);
  });

  it('checks reasons and possibility against the lists whenever filled', () => {
    const reasons = ['天气', '其他', '其他'];
    expect(validateDeviation({ light: 'green', reasons, explanation: null, possibility: '也许' })).toEqual([
      '偏差原因“天气”不在可选范围内（经费保障、制度保障、人员保障、硬件条件保障、其他）',
      '偏差原因有重复',
      '完成目标可能性“也许”不在可选范围内（确定能、有可能、完全不可能）',
    ]);
  });

  it('limits 原因说明 to the configured length, counting characters', () => {
    const at = '偏'.repeat(2000);
    expect(validateDeviation({ light: 'red', ...complete, explanation: at })).toEqual([]);
    expect(validateDeviation({ light: 'red', ...complete, explanation: `${at}差` })).toEqual([
      '原因说明不能超过2000字（当前2001字）',
    ]);
    expect(validateDeviation({ light: 'red', ...complete, explanation: '𠮷'.repeat(2000) })).toEqual([]);
  });

  it('follows configured reasons and length', () => {
    const settings = { ...DEFAULT_MONITORING_SETTINGS, deviationReasons: ['天气'], noteMaxLength: 3 };
    const typhoon = { light: 'red' as const, reasons: ['天气'], explanation: '台风', possibility: '确定能' };
    expect(validateDeviation(typhoon, settings)).toEqual([]);
    expect(validateDeviation({ light: 'red', ...complete, explanation: '四个字啊' }, settings)).toEqual([
      '偏差原因“经费保障”不在可选范围内（天气）',
      '原因说明不能超过3字（当前4字）',
    ]);
  });
});
