import { describe, expect, it } from 'vitest';
import { MAX_TYPED_NUMBER_LENGTH, readTypedNumber, TYPED_NUMBER_PATTERN } from './typed-number';

describe('readTypedNumber', () => {
  it('reads numbers as typed, with separators, spaces, signs, exponents and full-width characters', () => {
    expect(readTypedNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber(' 30 ')).toEqual({ ok: true, value: 30 });
    expect(readTypedNumber('-0.5')).toEqual({ ok: true, value: -0.5 });
    expect(readTypedNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readTypedNumber('1e3')).toEqual({ ok: true, value: 1000 });
    expect(readTypedNumber('１２')).toEqual({ ok: true, value: 12 });
    expect(readTypedNumber('１，２３４．５')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads an empty field as no number', () => {
    expect(readTypedNumber('')).toEqual({ ok: true, value: null });
    expect(readTypedNumber('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not one number, in Chinese', () => {
    for (const text of ['abc', '1.2.3', '12a', '--1', '1e', 'Infinity', 'NaN', '0x10']) {
      expect(readTypedNumber(text), text).toEqual({ ok: false, message: '请输入数字' });
    }
    expect(readTypedNumber('1e999')).toEqual({ ok: false, message: '数值超出允许范围' });
  });

  it('refuses an over-long field before reading it', () => {
    expect(readTypedNumber('1'.repeat(MAX_TYPED_NUMBER_LENGTH + 1))).toEqual({ ok: false, message: `数值过长（不超过 ${MAX_TYPED_NUMBER_LENGTH} 个字符）` });
    expect(readTypedNumber('1'.repeat(MAX_TYPED_NUMBER_LENGTH)).ok).toBe(true);
  });

  it('fails fast on the input that used to hold the server for seconds: 60,000 digits then a letter', () => {
    // The cap bounds the field; the pattern itself must not backtrack on a long digit run either (the old one took ~12 s).
    const digits = '9'.repeat(60_000);
    expect(TYPED_NUMBER_PATTERN.test(`${digits}x`)).toBe(false);
    expect(TYPED_NUMBER_PATTERN.test(digits)).toBe(true);
    expect(readTypedNumber(`${digits}x`).ok).toBe(false);
  });
});
