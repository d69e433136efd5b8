/** The 年度指标值 of a grid row, composed from 指标值, 度量单位 and 指标性质, and the row's 权重. */

const NATURES: [RegExp, string][] = [
  [/^(?:≥|≧|>=|＞=|大于等于|不低于|不少于)$/, '≥'],
  [/^(?:≤|≦|<=|＜=|小于等于|不高于|不超过|反向(?:指标)?)$/, '≤'],
  [/^(?:>|＞|大于|高于)$/, '>'],
  [/^(?:<|＜|小于|低于)$/, '<'],
  [/^(?:=|＝|等于)$/, '='],
  [/^(?:定性|定量|正向(?:指标)?)$/, ''],
];

const BARE_NUMBER = /^[-+]?\d[\d,，]*(?:\.\d+)?$/;

/**
 * The 年度指标值 as one text: `90` + `%` + `≥` → `≥90%`. The unit and the comparator of 指标性质 are only
 * added to a bare number; what cannot be added is reported through `warn`.
 */
export function composeTarget(value: string, unit: string, nature: string, warn: (message: string) => void): string {
  const bare = BARE_NUMBER.test(value);
  const prefix = NATURES.find(([pattern]) => pattern.test(nature.replace(/\s+/g, '')))?.[1];
  if (nature !== '' && prefix === undefined) warn(`指标性质「${nature}」无法识别，未使用`);
  if (!bare) {
    if (unit !== '' && !value.includes(unit)) warn(`度量单位「${unit}」未并入指标值「${value}」（指标值不是数字）`);
    return value;
  }
  return `${prefix ?? ''}${value}${unit}`;
}

/** 权重 `10`, `10%`, `10分` → 10; an empty or unreadable cell → null, the latter with a warning. */
export function readWeight(cell: string, warn: (message: string) => void): number | null {
  const text = cell.replace(/\s+/g, '');
  if (text === '') return null;
  const found = /^(\d+(?:\.\d+)?)(?:%|分)?$/.exec(text);
  if (!found) {
    warn(`权重「${cell}」不是数字，未导入`);
    return null;
  }
  return Number(found[1]);
}
