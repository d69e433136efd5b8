/** The labelled cells of the per-project grid layout: `项目名称 | …`, `资金总额 | …`, and the grid's header row. */
import { trimEndOf } from '../target-value/text';
import type { AmountKey } from './amounts';

export type KeyKind = 'project' | 'department' | 'executor' | 'unit' | 'goal' | AmountKey;

export interface KeyValue {
  key: KeyKind;
  label: string;
  value: string;
}

export type GridColumn = 'level1' | 'level2' | 'name' | 'value' | 'unit' | 'nature' | 'weight';

const KEYS: [RegExp, KeyKind][] = [
  [/^项目名称$/, 'project'],
  [/^(?:主管部门|部门名称|预算部门)$/, 'department'],
  [/^(?:实施单位|资金使用单位|项目单位)$/, 'executor'],
  [/^(?:金额)?单位$/, 'unit'],
  [/^(?:年度)?(?:项目)?(?:资金总额|总金额|总计)$/, 'total'],
  [/^财政专户(?:拨款)?$/, 'specialAccount'],
  [/^财政(?:拨款|资金)$/, 'fiscal'],
  [/^其他资金$/, 'other'],
  [/^(?:年度)?(?:总体)?(?:绩效)?目标$/, 'goal'],
];

const GRID_COLUMNS: [RegExp, GridColumn][] = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(?:三级指标|指标名称)$/, 'name'],
  [/^(?:年度)?(?:指标值|目标值)$/, 'value'],
  [/^(?:度量|计量)?单位$/, 'unit'],
  [/^(?:指标性质|指标方向|比较方式)$/, 'nature'],
  [/^(?:权重|分值)(?:[（(]%[)）])?$/, 'weight'],
];

/** `其中：财政拨款（万元）：` → `财政拨款`. */
function normaliseLabel(cell: string): string {
  const label = cell
    .replace(/\s+/g, '')
    .replace(/^其中[：:]?/, '')
    .replace(/[（(](?:万?元)[)）]/g, '');
  return trimEndOf(label, '：:');
}

function keyOf(cell: string): KeyKind | null {
  const label = normaliseLabel(cell);
  return KEYS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * Reads the labelled values of a row: a label cell followed by its value cell (`项目名称 | 2022年…`), or
 * both in one cell (`部门名称：广州市…`). Cells that are neither are returned as `rest`.
 */
export function readKeyValues(cells: string[]): { pairs: KeyValue[]; rest: string[] } {
  const pairs: KeyValue[] = [];
  const rest: string[] = [];
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    const inline = /^([^：:]{1,16})[：:](.+)$/.exec(cell);
    const inlineKey = inline ? keyOf(inline[1] ?? '') : null;
    const key = keyOf(cell);
    if (inline && inlineKey) {
      pairs.push({ key: inlineKey, label: inline[1] ?? '', value: (inline[2] ?? '').trim() });
    } else if (key) {
      const next = cells[index + 1] ?? '';
      const takesNext = next !== '' && keyOf(next) === null;
      pairs.push({ key, label: cell, value: takesNext ? next : '' });
      if (takesNext) index += 1;
    } else if (cell !== '') {
      rest.push(cell);
    }
  }
  return { pairs, rest };
}

/** Reads the grid's header row (`一级指标 | 二级指标 | 三级指标 | 指标值 …`), or `null` if the row is not one. */
export function readGridHeader(cells: string[]): (GridColumn | null)[] | null {
  const columns = cells.map((cell) => {
    const label = cell.replace(/\s+/g, '');
    return GRID_COLUMNS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
  });
  return columns.includes('name') && columns.includes('value') ? columns : null;
}

const NATURES: [RegExp, string][] = [
  [/^(?:≥|>=|＞=|大于等于|不低于|不少于)$/, '≥'],
  [/^(?:≤|<=|＜=|小于等于|不高于|不超过|反向(?:指标)?)$/, '≤'],
  [/^(?:>|＞|大于|高于)$/, '>'],
  [/^(?:<|＜|小于|低于)$/, '<'],
  [/^(?:=|＝|等于)$/, '='],
  [/^(?:定性|定量|正向(?:指标)?)$/, ''],
];

/**
 * The 年度指标值 as one text: `90` + `%` + `≥` → `≥90%`. The unit and the comparator of 指标性质 are only
 * added to a bare number; what cannot be added is reported through `warn`.
 */
export function composeTarget(value: string, unit: string, nature: string, warn: (message: string) => void): string {
  const bare = /^[-+]?\d[\d,，]*(?:\.\d+)?$/.test(value);
  const prefix = NATURES.find(([pattern]) => pattern.test(nature.replace(/\s+/g, '')))?.[1];
  if (nature !== '' && prefix === undefined) warn(`指标性质「${nature}」无法识别，未使用`);
  if (!bare) {
    if (unit !== '' && !value.includes(unit)) warn(`度量单位「${unit}」未并入指标值「${value}」（指标值不是数字）`);
    return value;
  }
  return `${prefix ?? ''}${value}${unit}`;
}
