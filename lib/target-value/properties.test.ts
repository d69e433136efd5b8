import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferMode } from './mode';
import { parseTarget } from './parse-target';
import { splitTargetFromItem } from './split-item';

/** Fragments of the grammar, so that generated strings reach the deeper branches. */
const FRAGMENTS = [
  '≥', '≦', '>=', '<', '＝', '以上', '以下', '内', '不低于', '不高于', '超过', '上年', '有所提升', '降低',
  '0', '1', '90', '1,100', '0.5', '-', '.', ',', '９', '％', '%', '半', '一', '天', '万', '亿元', '家次', '个/年',
  '年', '月', '第', 'P', '，', '。', ' ', '投诉', '无故障', '率', '累计',
];
const targetText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join('')),
);

describe('properties', () => {
  it('parseTarget never throws and yields a consistent target', () => {
    fc.assert(
      fc.property(targetText, targetText, (text, name) => {
        const target = parseTarget(text, name);
        expect(target.value === null || Number.isFinite(target.value)).toBe(true);
        expect([null, '>=', '>', '<=', '<', '=']).toContain(target.comparator);
        expect([null, 'higher', 'lower']).toContain(target.direction);
        if (target.kind === 'quantitative') expect(target.value).not.toBeNull();
        else expect([target.value, target.unit]).toEqual([null, null]);
        expect(['cumulative', 'level']).toContain(inferMode(target, name));
      }),
      { numRuns: 2000 },
    );
  });

  it('splitTargetFromItem never throws and splits off a quantitative target', () => {
    fc.assert(
      fc.property(targetText, (text) => {
        const { name, targetText: target } = splitTargetFromItem(text);
        if (target !== null) {
          expect(text.trim().startsWith(name)).toBe(true);
          expect(parseTarget(target, name).kind).toBe('quantitative');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
