import {
  benchmarkComparator,
  comparatorBefore,
  PREFIX_SOURCE,
  prefixComparator,
  SUFFIX_SOURCE,
  suffixComparator,
} from './comparators';
import { qualitativeDirection, quantitativeDirection } from './direction';
import { CHINESE_NUMERAL_SOURCE, chineseNumeralValue, findNumbers, isDateOrOrdinal } from './numbers';
import { compactText } from './text';
import type { Comparator, Target } from './types';
import { UNIT_SOURCE } from './units';

interface Quantity {
  comparator: Comparator | null;
  value: number;
  unit: string | null;
}

const CHINESE_QUANTITY = new RegExp(
  `^(${PREFIX_SOURCE})?(${CHINESE_NUMERAL_SOURCE})(${UNIT_SOURCE})(${SUFFIX_SOURCE})?$`,
);
const UNIT_AND_SUFFIX_TO_END = new RegExp(`^(${UNIT_SOURCE})?(${SUFFIX_SOURCE})?$`);
const LEADING_UNIT = new RegExp(`^${UNIT_SOURCE}`);

/** Whether `after` (the text after a number, without spaces) is only a unit and/or a suffix comparator. */
export function unitAndSuffixToEnd(after: string): { unit: string | undefined; suffix: string | undefined } | null {
  const found = UNIT_AND_SUFFIX_TO_END.exec(after);
  return found ? { unit: found[1], suffix: found[2] } : null;
}

/**
 * The 年度指标值 grammar of DOMAIN.md §3. A target is quantitative when it holds exactly one number (not a
 * date) and that number is clearly the target:
 * - it ends the text, followed only by a unit and/or a suffix comparator — `30`, `22万家`, `7000亿元以上`,
 *   `半天内`, and with a subject before it: `广州地区存款余额7900亿元`, `全年不低于10次`, `故障率≤1%`; or
 * - a comparator stands right before it, whatever prose follows its unit — `不低于95%的企业满意`.
 * Everything else is qualitative: no number, several numbers (`…专访4次，…报道超过100篇`), dates
 * (`2025年10月底前`), or a number inside prose (`进行12次的主电路设备检查`); a wrong quantitative reading would
 * mislead the lights, a qualitative one only asks for 达成/未达成, and the owner can edit it either way.
 * Comparators written both before and after the number must agree (`不少于3家以上`), else it is qualitative.
 */
function readQuantity(text: string): Quantity | null {
  const chinese = CHINESE_QUANTITY.exec(text);
  if (chinese) {
    const value = chineseNumeralValue(chinese[2]);
    return agree(prefixComparator(chinese[1]), suffixComparator(chinese[4]), value, chinese[3]);
  }
  const numbers = findNumbers(text);
  if (numbers.length !== 1 || isDateOrOrdinal(text, numbers[0])) return null;
  const [number] = numbers;
  const before = comparatorBefore(text.slice(0, number.start));
  const after = text.slice(number.end);
  const toEnd = unitAndSuffixToEnd(after);
  if (toEnd) return agree(before, suffixComparator(toEnd.suffix), number.value, toEnd.unit);
  if (before === null) return null;
  return { comparator: before, value: number.value, unit: LEADING_UNIT.exec(after)?.[0] ?? null };
}

function agree(
  before: Comparator | null,
  after: Comparator | null,
  value: number | null,
  unit: string | undefined,
): Quantity | null {
  if (value === null || (before !== null && after !== null && before !== after)) return null;
  return { comparator: before ?? after, value, unit: unit || null };
}

/** Reads a 年度指标值 into a structured target; the indicator name informs the direction. */
export function parseTarget(targetText: string, indicatorName: string): Target {
  const text = compactText(targetText);
  const quantity = readQuantity(text);
  if (quantity) {
    const direction = quantitativeDirection(quantity.comparator, quantity.value, compactText(indicatorName), text);
    return { kind: 'quantitative', ...quantity, direction };
  }
  const comparator = benchmarkComparator(text);
  const direction = qualitativeDirection(comparator, text);
  return { kind: 'qualitative', comparator, value: null, unit: null, direction };
}
