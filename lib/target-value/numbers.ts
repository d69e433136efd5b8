/**
 * Numbers in a target as written: `30`, `0.5`, `1,100` (thousands separators), `-5` (a sign counts only where
 * it cannot be a range dash, i.e. not right after a digit). A digit run glued to Latin letters (`P2P`, `SM4`)
 * is part of a name, not a number; a digit after `1,` is part of a list or a malformed number, not a start.
 */
export const NUMBER_SOURCE = '(?<![\\dA-Za-z.])(?<!\\d,)-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

export interface NumberToken {
  text: string;
  value: number;
  start: number;
  end: number;
}

/** Every number in the text, in order. A number too large to be finite is not a number. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(new RegExp(NUMBER_SOURCE, 'g'))) {
    const value = toNumber(match[0]);
    if (value !== null) {
      tokens.push({ text: match[0], value, start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}

function toNumber(written: string): number | null {
  const value = Number(written.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/**
 * Dates and ordinals look like quantities but are not (DOMAIN.md §3: date targets are qualitative):
 * a year `2025年`, a year-month `2023.07` (two-digit month), a calendar month `10月` (a duration is written
 * `10个月`), and anything after 第 (`第3季度`). Ranges such as `2023.07-2024.01` already hold two numbers.
 */
export function isDateOrOrdinal(text: string, token: NumberToken): boolean {
  const after = text.slice(token.end);
  return (
    (/^(?:19|20)\d\d$/.test(token.text) && after.startsWith('年')) ||
    /^(?:19|20)\d\d\.(?:0[1-9]|1[0-2])$/.test(token.text) ||
    after.startsWith('月') ||
    text.slice(0, token.start).endsWith('第')
  );
}

/**
 * Chinese numerals are read only when they are the whole target (`一次`, `两次以上`, `半天内`): inside prose,
 * 一 and 半 are usually parts of words (进一步, 一批, 半导体).
 */
const CHINESE_DIGITS: Record<string, number> = {
  半: 0.5, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
export const CHINESE_NUMERAL_SOURCE = `[${Object.keys(CHINESE_DIGITS).join('')}]`;

export function chineseNumeralValue(numeral: string): number | null {
  return CHINESE_DIGITS[numeral] ?? null;
}
