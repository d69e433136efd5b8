/** The labelled cells of the per-project grid layout: `项目名称 | …`, `项目金额 | …`, and the grid's header row. */
import { normaliseCategory } from '../target-value';
import { trimEndOf } from '../target-value/text';
import type { AmountKey } from './amounts';

export type KeyKind = 'project' | 'department' | 'executor' | 'unit' | 'goal' | 'annualGoal' | 'period' | 'ignored' | AmountKey;

export interface KeyValue {
  key: KeyKind;
  label: string;
  value: string;
}

export type GridColumn = 'level1' | 'level2' | 'name' | 'value' | 'unit' | 'nature' | 'weight' | 'other';

/** Labels as the header blocks of 申报表, 批复表, 审批表 and 绩效目标表 across provinces write them. */
const KEYS: [RegExp, KeyKind][] = [
  [/^(?:项目|项目支出|专项|资金)名称$/, 'project'],
  [/^(?:项目|业务)?主管部门(?:及(?:编码|代码))?$|^(?:部门名称|预算部门|预算单位)$/, 'department'],
  [/^(?:项目)?(?:实施|执行)单位$|^(?:资金使用单位|项目单位)$/, 'executor'],
  [/^(?:金额)?单位$/, 'unit'],
  [/^(?:当年|年度|本年)(?:资金总额|总金额|预算|金额)$|^(?:当年年度预算|年度本级预算金额|本年度预计投入)$/, 'total'],
  [/^(?:年度)?(?:项目)?(?:资金总额|总金额|总计|金额|总预算|预算金额)$/, 'total'],
  [/^财政专户(?:拨款)?$/, 'specialAccount'],
  [/^(?:当年|本年)?(?:市级|县级|本级)?财政(?:拨款|资金)$/, 'fiscal'],
  [/^(?:当年)?其[他它]资金$/, 'other'],
  [/^(?:本年度|年度|当年)(?:总体|主要)?(?:绩效)?目标(?:和成果)?(?:[（(]文字[)）])?$|^预期目标$/, 'annualGoal'],
  [/^(?:实施期|项目)?(?:总体)?(?:绩效)?目标$/, 'goal'],
  [/^(?:项目(?:支出)?)?(?:实施期|项目期|起止时间|实施时间|建设周期|实施周期)$|^专项起止时间$/, 'period'],
  [/^(?:项目)?(?:负责人(?:及(?:联系)?电话)?|联系(?:人及)?电话|属性|类别|分类|性质|类型|立项依据|审批|概况|总体概况)$/, 'ignored'],
  [/^(?:填报单位|中期(?:滚动)?目标|资金情况|项目资金|专项资金情况|该项目支出上级资金|财政资金预算分类|财政资金科目代码|主管部门编码)$/, 'ignored'],
  [/^(?:本年度|年度)?绩效指标$|^绩效项目指标表$|完成情况$/, 'ignored'],
];

/** Header words of the indicator grid; `（长期）`, `（%）` and the like are dropped before matching. */
const GRID_COLUMNS: [RegExp, GridColumn][] = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(?:三级指标(?:内容)?|指标名称|指标内容)$/, 'name'],
  [/^(?:年度)?(?:指标值|目标值)(?:及单位)?$|^(?:预期\d{4}年实现值|当年预期实现值|年度目标值)$/, 'value'],
  [/^(?:度量|计量)?单位$/, 'unit'],
  [/^(?:指标性质|指标方向|比较方式)$/, 'nature'],
  [/^(?:权重|分值)$/, 'weight'],
  [/^(?:绩效标准|指标标准或依据|指标解释|备注|评分标准|\d{4}年实际实现值)$/, 'other'],
];

const compact = (cell: string) => cell.replace(/\s+/g, '');

/** `其中：财政拨款（万元）：` → `财政拨款`. */
function normaliseLabel(cell: string): string {
  const label = compact(cell)
    .replace(/^其中[：:]?/, '')
    .replace(/[（(](?:万?元)[)）]/g, '');
  return trimEndOf(label, '：:');
}

export function keyOf(cell: string): KeyKind | null {
  if (cell.length > 40) return null;
  const label = normaliseLabel(cell);
  return KEYS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * Reads the labelled values of a row: a label cell followed by its value cell (`项目名称 | 2022年…`), or
 * both in one cell (`部门名称：广州市…`). Cells that are neither are returned as `rest`.
 */
export function readKeyValues(cells: readonly string[]): { pairs: KeyValue[]; rest: string[] } {
  const pairs: KeyValue[] = [];
  const rest: string[] = [];
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    const inline = /^([^：:]{1,16})[：:](.+)$/.exec(cell);
    const inlineKey = inline ? keyOf(inline[1] ?? '') : null;
    const next = cells[index + 1] ?? '';
    // `年度主要目标 和成果`: a label a space broke in two.
    if (next !== '' && next.length <= 4 && keyOf(cell) && keyOf(next) === null && keyOf(cell + next)) {
      pairs.push({ key: keyOf(cell + next)!, label: cell + next, value: cells[index + 2] ?? '' });
      index += 2;
      continue;
    }
    const key = keyOf(cell);
    if (inline && inlineKey) {
      pairs.push({ key: inlineKey, label: inline[1] ?? '', value: (inline[2] ?? '').trim() });
    } else if (key) {
      // The value is the next filled cell (a label spanning columns leaves empty ones after it), unless that is a label.
      let at = index + 1;
      while (at < cells.length && (cells[at] ?? '') === '') at += 1;
      const value = cells[at] ?? '';
      const takesNext = value !== '' && keyOf(value) === null && gridColumnOf(value) === null;
      pairs.push({ key, label: cell, value: takesNext ? value : '' });
      if (takesNext) index = at;
    } else if (cell !== '') {
      rest.push(cell);
    }
  }
  return { pairs, rest };
}

/** The kind of one header cell, or null. */
export function gridColumnOf(cell: string): GridColumn | null {
  const label = compact(cell).replace(/[（(][^（()）]*[)）]$/, '');
  return GRID_COLUMNS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/** Reads the grid's header row (`一级指标 | 二级指标 | 三级指标 | 指标值 …`), or `null` if the row is not one. */
export function readGridHeader(cells: readonly string[]): (GridColumn | null)[] | null {
  const columns = cells.map(gridColumnOf);
  return columns.includes('name') && columns.includes('value') ? columns : null;
}

/** Rows that end a project's grid: signatures, review boxes, notes, page furniture. */
export const GRID_END = /盖章|意见$|填表人|填报人|扫一扫|^附件|^注[：:]|^备注[：:]|相关解读/;

/** Whether a row (any of its cells) ends a grid. */
export const endsGrid = (cells: readonly string[]) => cells.some((cell) => GRID_END.test(cell.trim()));

/** `(≥**%)`, `≥**人`: the form's hint for what to write, not part of a name; `*` and `★` mark core indicators. */
export function withoutHints(name: string): string {
  return name
    .replace(/[（(]\s*[≥≤≧≦><=]*\s*\*\*[^（()）]*[)）]/g, '')
    .replace(/[≥≤≧≦><=]+\s*\*\*\S*$/, '')
    .replace(/^[*★]+/, '')
    .trim();
}

/** A bare `成本指标` under 产出指标 is 产出's 二级 (DOMAIN.md §2), not the 一级 of that name. */
export function isOutputCost(cell: string, currentCategory: string | null): boolean {
  return currentCategory === '产出指标' && categoryCell(cell)?.category === '成本指标' && categoryCell(cell)?.subcategory === null;
}

/** A cell that names a 一级 or 二级 category (`产出指标`, `数量指标`, `效益`, `产出指标(50分)`), not an indicator. */
export function categoryCell(cell: string): ReturnType<typeof normaliseCategory> | null {
  const label = compact(cell).replace(/[（(][^（()）]*分?[)）]分?$/, '');
  if (label === '' || label.length > 16) return null;
  const found = normaliseCategory(label);
  return found.category === null ? null : found;
}
