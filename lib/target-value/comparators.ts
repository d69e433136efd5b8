import { alternation, longestFirst, wordAtEnd } from './text';
import type { Comparator } from './types';

/**
 * Comparator words of DOMAIN.md §3. Prefix words stand before the number (`不低于90%`), suffix words after it
 * (`90%以上`, `半天内`). `大于`/`小于` and their negations are the spelled-out forms of the symbols.
 */
const PREFIX_WORDS: Record<string, Comparator> = {
  '≥': '>=', '≧': '>=', '>=': '>=', 不少于: '>=', 不低于: '>=', 至少: '>=', 不小于: '>=', 大于等于: '>=',
  超过: '>', 高于: '>', 多于: '>', 大于: '>', '>': '>',
  '≤': '<=', '≦': '<=', '<=': '<=', 不高于: '<=', 不超过: '<=', 不大于: '<=', 小于等于: '<=',
  低于: '<', 少于: '<', 小于: '<', '<': '<',
  '=': '=',
};
const SUFFIX_WORDS: Record<string, Comparator> = {
  以上: '>=', 及以上: '>=', 或以上: '>=',
  以下: '<=', 及以下: '<=', 或以下: '<=', 以内: '<=', 之内: '<=', 内: '<=',
};

export const PREFIX_SOURCE = `(?:${alternation(Object.keys(PREFIX_WORDS))})`;
export const SUFFIX_SOURCE = `(?:${alternation(Object.keys(SUFFIX_WORDS))})`;

const PREFIX_LONGEST_FIRST = longestFirst(Object.keys(PREFIX_WORDS));

/** The comparator word a text ends with (the longest: `不低于`, not `低于`), or undefined. */
export function prefixWordAtEnd(text: string): string | undefined {
  return wordAtEnd(text, PREFIX_LONGEST_FIRST);
}

/** The comparator written right before a number, i.e. at the end of the text preceding it. */
export function comparatorBefore(pre: string): Comparator | null {
  return prefixComparator(prefixWordAtEnd(pre));
}

export function prefixComparator(word: string | undefined): Comparator | null {
  return word === undefined ? null : (PREFIX_WORDS[word] ?? null);
}

export function suffixComparator(word: string | undefined): Comparator | null {
  return word === undefined ? null : (SUFFIX_WORDS[word] ?? null);
}

/**
 * A qualitative target compares with a benchmark when a comparator word is followed by a reference level:
 * `不高于上年同期水平` → `<=`, `不低于全省平均水平` → `>=`. A comparator word elsewhere in prose (`年内完成`)
 * says nothing about the target.
 */
const BENCHMARKS = [
  '上年', '去年', '上一年', '前一年', '往年', '历年', '同期', '平均', '全国', '全省', '全市', '行业', '预算', '基准',
  '标准', '规定',
];
const BENCHMARK_COMPARISON = new RegExp(`(${PREFIX_SOURCE})(?:${alternation(BENCHMARKS)})`);

export function benchmarkComparator(text: string): Comparator | null {
  return prefixComparator(BENCHMARK_COMPARISON.exec(text)?.[1]);
}
