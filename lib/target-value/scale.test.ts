import { describe, expect, it } from 'vitest';
import { convertScale, entryUnits } from './scale';

describe('convertScale', () => {
  it('keeps the value for the same unit or no units', () => {
    expect(convertScale(7, '家', '家')).toBe(7);
    expect(convertScale(7, null, null)).toBe(7);
  });

  it('converts between scales of one base', () => {
    expect(convertScale(20000, '万元', '亿元')).toBe(2);
    expect(convertScale(3, '万元', '元')).toBe(30000);
    expect(convertScale(12345, '元', '万元')).toBe(1.2345);
    expect(convertScale(22, '万家', '家')).toBe(220000);
    expect(convertScale(150000, '家', '万家')).toBe(15);
    expect(convertScale(1, '万亿元', '亿元')).toBe(10000);
  });

  it('avoids floating-point noise', () => {
    expect(convertScale(0.07, '万元', '元')).toBe(700);
  });

  it('lets a bare scale word borrow the other base', () => {
    expect(convertScale(450, '万', '万元')).toBe(450);
    expect(convertScale(90, '亿', '万元')).toBe(900000);
  });

  it('refuses different bases or a unit on one side only', () => {
    expect(convertScale(3, '次', '元')).toBeNull();
    expect(convertScale(3, '万元', '万家')).toBeNull();
    expect(convertScale(3, null, '亿元')).toBeNull();
    expect(convertScale(3, '%', null)).toBeNull();
  });
});

describe('entryUnits', () => {
  it('offers the target unit first, then its base and the 万/亿 scales of it', () => {
    expect(entryUnits('亿元')).toEqual(['亿元', '元', '万元']);
    expect(entryUnits('万户')).toEqual(['万户', '户', '亿户']);
    expect(entryUnits('家')).toEqual(['家', '万家', '亿家']);
  });
  it('offers nothing else for percentages, scale-only or missing units', () => {
    expect(entryUnits('%')).toEqual(['%']);
    expect(entryUnits('万')).toEqual(['万']);
    expect(entryUnits(null)).toEqual([]);
  });
  it('offers only units that convert into the target unit', () => {
    for (const unit of entryUnits('亿元')) expect(convertScale(1, unit, '亿元')).not.toBeNull();
  });
});
