/** Turning the items of a 绩效指标 cell into indicators: seq, category, name, 年度指标值, target, mode. */
import { inferMode, normaliseCategory, parseTarget, splitTargetFromItem } from '../target-value';
import { joinSegments, lineAt, splitItems, startsWithItem, type RawItem, type Segment } from './item-split';
import { isSpace } from '../target-value/text';
import { assertItemWithinLimits } from './limits';
import { excerpt, trimTrailingPunctuation } from './text';
import type { ImportWarning, PreviewIndicator, Staged } from './types';

const TARGET_WORD = '年度指标值';
const BEFORE_TARGET_WORD = '，,。；;、';

/**
 * The first `年度指标值：` label of an item, with the separators before it and the spaces around its colon:
 * `[start, end)`. Found with indexOf and loops; a pattern such as `[，,\s]*年度指标值` takes quadratic time on
 * a long run of commas or spaces.
 */
function findTargetLabel(body: string): { start: number; end: number } | null {
  for (let at = body.indexOf(TARGET_WORD); at >= 0; at = body.indexOf(TARGET_WORD, at + 1)) {
    let end = at + TARGET_WORD.length;
    while (end < body.length && isSpace(body[end])) end += 1;
    if (body[end] !== '：' && body[end] !== ':') continue;
    end += 1;
    while (end < body.length && isSpace(body[end])) end += 1;
    let start = at;
    while (start > 0 && (BEFORE_TARGET_WORD.includes(body[start - 1]) || isSpace(body[start - 1]))) start -= 1;
    return { start, end };
  }
  return null;
}

type Warn = (message: string) => void;

function nameAndTarget(item: RawItem, seq: number, warn: Warn): { name: string; targetText: string } {
  const found = findTargetLabel(item.body);
  if (found) {
    const targetText = trimTrailingPunctuation(item.body.slice(found.end));
    if (findTargetLabel(targetText)) warn(`第${seq}项指标含多处「年度指标值」，可能是两项指标连在一起，请核对`);
    return { name: trimTrailingPunctuation(item.body.slice(0, found.start)), targetText };
  }
  const text = trimTrailingPunctuation(item.body);
  const split = splitTargetFromItem(text);
  if (split.targetText !== null) {
    warn(`第${seq}项指标「${excerpt(text)}」没有「年度指标值」，取末尾的数量「${split.targetText}」作为目标值`);
    return { name: split.name, targetText: split.targetText };
  }
  warn(`第${seq}项指标「${excerpt(text)}」没有「年度指标值」，也没有可作目标值的数量，目标值留空，请补充`);
  return { name: text, targetText: '' };
}

function categoryOf(item: RawItem, seq: number, warn: Warn): Pick<PreviewIndicator, 'category' | 'subcategory'> {
  if (item.label === null) {
    warn(`第${seq}项指标没有一级指标（如「产出指标：」），请补充`);
    return { category: null, subcategory: null };
  }
  const found = normaliseCategory(item.label);
  if (found.category === null) warn(`第${seq}项指标的一级指标「${item.label}」无法识别，请选择`);
  return found;
}

function sequence(item: RawItem, lastSeq: number, warn: Warn): number {
  const next = lastSeq + 1;
  if (item.seq === null) {
    warn(`指标没有编号，按顺序记为第${next}项`);
    return next;
  }
  if (item.seq <= lastSeq) {
    warn(`指标编号「${item.seq}」与前面的编号重复或倒序，改记为第${next}项`);
    return next;
  }
  if (item.seq > next) {
    warn(lastSeq === 0 ? `指标编号从第${item.seq}项开始` : `指标编号不连续：第${lastSeq}项之后是第${item.seq}项`);
  }
  return item.seq;
}

/**
 * Reads the indicators of one project from the 绩效指标 text of its rows (a project split by page
 * breaks has several segments). Every guess is reported with the line the item starts on.
 */
export function readIndicators(segments: Segment[]): Staged<PreviewIndicator[]> {
  const warnings: ImportWarning[] = [];
  const joined = joinSegments(segments);
  const items = splitItems(joined.text);
  const indicators: PreviewIndicator[] = [];
  let lastSeq = 0;
  items.forEach((item, index) => {
    const line = lineAt(joined, item.start);
    const warn: Warn = (message) => warnings.push({ line, message });
    const seq = sequence(item, lastSeq, warn);
    assertItemWithinLimits(item.body, line, seq);
    lastSeq = seq;
    const { category, subcategory } = categoryOf(item, seq, warn);
    const { name, targetText } = nameAndTarget(item, seq, warn);
    if (name === '') warn(`第${seq}项指标没有名称，请补充`);
    if (!item.separated) {
      const next = items[index + 1];
      warn(`第${seq}项与下一项指标之间没有分隔符，按编号「${next?.seq ?? ''}」拆分`);
    }
    const target = parseTarget(targetText, name);
    indicators.push({ seq, category, subcategory, name, targetText, target, mode: inferMode(target, name, targetText) });
  });
  return { value: indicators, warnings };
}

/** The number of the first item of a text, when the text opens with a numbered item. */
export function firstItemSeq(text: string): number | null {
  return splitItems(text.trim())[0]?.seq ?? null;
}

/** The text before the first numbered or labelled item (the tail of an item split by a page break). */
export function leadingText(text: string): string {
  const trimmed = text.trim();
  if (startsWithItem(trimmed)) return '';
  return trimmed.slice(0, splitItems(trimmed)[1]?.start ?? trimmed.length).trim();
}
