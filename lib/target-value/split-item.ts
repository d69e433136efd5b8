import { PREFIX_SOURCE, SUFFIX_SOURCE } from './comparators';
import { parseTarget } from './parse-target';
import { findNumbers, isDateOrOrdinal, NUMBER_SOURCE } from './numbers';
import { normaliseWidth, TRAILING_PUNCTUATION } from './text';
import { UNIT_SOURCE } from './units';

export interface ItemParts {
  name: string;
  targetText: string | null;
}

const TRAILING_QUANTITY = new RegExp(
  `(?:${PREFIX_SOURCE}\\s*)?${NUMBER_SOURCE}\\s*(?:${UNIT_SOURCE})?\\s*(?:${SUFFIX_SOURCE})?$`,
);
const NAME_END = /[\s:：,，、]+$/;

/**
 * An indicator written without `年度指标值` carries its target as a trailing quantity (DOMAIN.md §1):
 * `新设金融机构地区总部2家` → `新设金融机构地区总部` + `2家`, `企业数不少于3家` → `企业数` + `不少于3家`.
 * A trailing year (`…2025年`) is not a quantity, and an item with none keeps its whole text as the name
 * (`促进在穗法人金融机构发展壮大` → no target). A bare quantity yields an empty name.
 */
export function splitTargetFromItem(text: string): ItemParts {
  const item = text.trim().replace(TRAILING_PUNCTUATION, '');
  // Width normalisation maps char for char, so indices found in `written` address `item` too.
  const written = normaliseWidth(item);
  const match = TRAILING_QUANTITY.exec(written);
  if (!match) return { name: item, targetText: null };
  const number = findNumbers(written).at(-1);
  if (number === undefined || number.start < match.index || isDateOrOrdinal(written, number)) {
    return { name: item, targetText: null };
  }
  const name = item.slice(0, match.index).replace(NAME_END, '');
  const targetText = item.slice(match.index);
  // A quantity the grammar itself reads as qualitative (`≥0以下`: comparators disagree) is no target.
  if (parseTarget(targetText, name).kind !== 'quantitative') return { name: item, targetText: null };
  return { name, targetText };
}
