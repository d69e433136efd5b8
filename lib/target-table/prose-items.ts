/** The items of a prose target notice: headings and inline labels set the category, each item its name and target. */
import { inferMode, normaliseCategory, parseTarget, splitTargetFromItem } from '../target-value';
import { trimEndOf } from '../target-value/text';
import { isOutputCost, withoutHints } from './grid-keys';
import { excerpt } from './text';
import type { ImportWarning, PreviewIndicator, Staged } from './types';

const LEVEL1 = /^[一二三四五六七八九十]+\s*[、.．]\s*((?:产出|效益|效果|满意度|成本)指标)$/;
const LEVEL2 = /^[（(][一二三四五六七八九十]+[)）]\s*(\S{2,14}指标)$/;
const LABEL = /^★*\s*([^\s；;。，,：:、()（）]{2,14}?(?:指标|目标))\s*[：:，,]\s*/;
const COMPARATOR = /≥|≤|≧|≦|>=|<=|＞=|＜=|>|<|＞|＜|=/;
const RISING = ['持续提高', '明显提高', '有所提高', '有所提升', '明显改善', '提高', '提升', '增加', '改善', '增强'];

type Category = ReturnType<typeof normaliseCategory>;

function labelCategory(label: string): Category | null {
  const found = normaliseCategory(label.replace(/目标$/, '指标'));
  return found.category === null ? null : found;
}

/** An item's name and 年度指标值: at its comparator, a trailing quantity, its last comma, or a trailing rising word. */
export function splitProseItem(item: string): { name: string; targetText: string } {
  const comparator = COMPARATOR.exec(item);
  if (comparator) return { name: trimEndOf(item.slice(0, comparator.index), ',，:：'), targetText: item.slice(comparator.index) };
  const quantity = splitTargetFromItem(item);
  if (quantity.targetText !== null && quantity.name !== '') return { name: quantity.name, targetText: quantity.targetText };
  const comma = Math.max(item.lastIndexOf(','), item.lastIndexOf('，'));
  if (comma > 0) return { name: item.slice(0, comma).trim(), targetText: item.slice(comma + 1).trim() };
  const word = RISING.find((rising) => item.endsWith(rising) && item.length > rising.length);
  if (word) return { name: item.slice(0, -word.length), targetText: word };
  return { name: item, targetText: '' };
}

/** An item holding two targets (`产值≥80万元,增加收入≥80万元`) is two items. */
function splitDouble(item: string): string[] {
  const parts = item.split(/[,，]/);
  const compared = parts.filter((part) => COMPARATOR.test(part));
  if (compared.length < 2 || !COMPARATOR.test(parts[parts.length - 1])) return [item];
  const items: string[] = [];
  for (const part of parts) {
    if (items.length > 0 && !COMPARATOR.test(items[items.length - 1])) items[items.length - 1] += `,${part}`;
    else items.push(part);
  }
  return items;
}

export function proseItems(lines: { text: string; line: number }[]): Staged<PreviewIndicator[]> {
  const indicators: PreviewIndicator[] = [];
  const warnings: ImportWarning[] = [];
  let current: Category = { category: null, subcategory: null };
  const setLabel = (label: string, found: Category) => {
    if (isOutputCost(label, current.category)) current = { category: '产出指标', subcategory: '成本指标' };
    else current = found.subcategory === null ? { category: found.category, subcategory: null } : found;
  };
  for (const { text, line } of lines) {
    const compact = text.replace(/\s+/g, '');
    const heading = LEVEL1.exec(compact) ?? LEVEL2.exec(compact);
    if (heading) {
      const found = labelCategory(heading[1]);
      if (found) setLabel(LEVEL2.test(compact) ? heading[1] : '', found);
      continue;
    }
    for (const piece of text.split(/[；;。]/)) {
      let rest = withoutHints(piece);
      for (let label = LABEL.exec(rest); label && labelCategory(label[1]); label = LABEL.exec(rest)) {
        setLabel(label[1], labelCategory(label[1])!);
        rest = rest.slice(label[0].length);
      }
      for (const item of splitDouble(withoutHints(rest)).map((part) => part.trim()).filter(Boolean)) {
        const seq = indicators.length + 1;
        const split = splitProseItem(item);
        // `可持续影响指标,持续发展`: a short item with nothing to part is the target of its 二级.
        const { name, targetText } = split.targetText === '' && current.subcategory && item.length <= 12 ? { name: current.subcategory, targetText: item } : split;
        if (targetText === '') warnings.push({ line, message: `第${seq}项指标「${excerpt(item)}」没有可分出的指标值，请补充` });
        if (current.category === null) warnings.push({ line, message: `第${seq}项指标没有一级指标，请补充` });
        const target = parseTarget(targetText, name);
        indicators.push({ seq, ...current, name, targetText, target, mode: inferMode(target, name, targetText) });
      }
    }
  }
  return { value: indicators, warnings };
}
