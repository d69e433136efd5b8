import { prefixWordAtEnd } from './comparators';
import { parseTarget, unitAndSuffixToEnd } from './parse-target';
import { findNumbers, isDateOrOrdinal } from './numbers';
import { normaliseWidth, trimEndOf, TRAILING_SEPARATORS } from './text';

export interface ItemParts {
  name: string;
  targetText: string | null;
}

/** What may stand between an indicator's name and its trailing quantity. */
const NAME_END = ':：,，、';

/** Where the trailing quantity of `written` starts — its comparator word or its number — or -1 when there is none. */
function trailingQuantityStart(written: string): number {
  const number = findNumbers(written).at(-1);
  if (number === undefined || isDateOrOrdinal(written, number)) return -1;
  if (!unitAndSuffixToEnd(written.slice(number.end).replace(/\s+/g, ''))) return -1;
  const before = trimEndOf(written.slice(0, number.start), '');
  const word = prefixWordAtEnd(before);
  return word === undefined ? number.start : before.length - word.length;
}

/**
 * An indicator written without `年度指标值` carries its target as a trailing quantity (DOMAIN.md §1):
 * `新设金融机构地区总部2家` → `新设金融机构地区总部` + `2家`, `企业数不少于3家` → `企业数` + `不少于3家`.
 * The quantity is the last number, followed only by a unit and a suffix comparator (`以上`), and preceded by
 * an optional comparator word. A trailing year (`…2025年`) is not a quantity, and an item with none keeps its
 * whole text as the name (`促进在穗法人金融机构发展壮大` → no target). A bare quantity yields an empty name.
 */
export function splitTargetFromItem(text: string): ItemParts {
  const item = trimEndOf(text.trim(), TRAILING_SEPARATORS);
  // Width normalisation maps char for char, so indices found in `written` address `item` too.
  const start = trailingQuantityStart(normaliseWidth(item));
  if (start < 0) return { name: item, targetText: null };
  const name = trimEndOf(item.slice(0, start), NAME_END);
  const targetText = item.slice(start);
  // A quantity the grammar itself reads as qualitative (`≥0以下`: comparators disagree) is no target.
  if (parseTarget(targetText, name).kind !== 'quantitative') return { name: item, targetText: null };
  return { name, targetText };
}
