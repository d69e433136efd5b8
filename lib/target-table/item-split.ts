/**
 * Splitting a 绩效指标 cell into items. An item starts with a number (`1、`, `4.`, `4. `) followed by a
 * 一级指标 label (`产出指标：`), or with the label alone, or — only when it is the next number in
 * sequence — with the number alone. A start must follow the beginning of the text, a separator
 * (`。` `；` `;` `，` `,`) or whitespace, so numbers inside a target (`2185.61`, `1、2季度`) do not split.
 */
import { trimEndOf } from '../target-value/text';
import { endsWithLineBreak } from './text';

/** A piece of indicator text and the 1-based source line it came from. */
export interface Segment {
  text: string;
  line: number;
}

export interface RawItem {
  /** Offset of the item's number (or label) in the joined text. */
  start: number;
  seq: number | null;
  label: string | null;
  /** Everything after the label, up to the next item. */
  body: string;
  /** False when nothing separated this item from the next one (`12份 2、产出指标…`). */
  separated: boolean;
}

export interface JoinedText {
  text: string;
  /** Where each segment starts in `text`. */
  marks: { offset: number; line: number }[];
}

const NUMBER = /(\d{1,2})\s*[、．.](?!\d)\s*/y;
const LABEL = /([^\s\d：:，,。；;、.．<>《》“”"]{1,12}?指标)\s*[：:]\s*/y;
const BEFORE_LABEL = /[。；;，,\s]/;
const BEFORE_NUMBER = /[。；;\s]/;
const SEPARATORS = '。；;，,';

interface Boundary {
  start: number;
  bodyStart: number;
  seq: number | null;
  label: string | null;
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function boundaryAt(text: string, index: number, expected: number): Boundary | null {
  const before = index === 0 ? ' ' : text[index - 1];
  if (!BEFORE_LABEL.test(before)) return null;
  const number = matchAt(NUMBER, text, index);
  if (number) {
    const afterNumber = index + number[0].length;
    const seq = Number(number[1]);
    const label = matchAt(LABEL, text, afterNumber);
    if (label) return { start: index, bodyStart: afterNumber + label[0].length, seq, label: label[1] ?? null };
    if (seq === expected && BEFORE_NUMBER.test(before)) return { start: index, bodyStart: afterNumber, seq, label: null };
  }
  const label = matchAt(LABEL, text, index);
  return label ? { start: index, bodyStart: index + label[0].length, seq: null, label: label[1] ?? null } : null;
}

function boundaries(text: string, seqBefore = 0): Boundary[] {
  const found: Boundary[] = [];
  let lastSeq = seqBefore;
  for (let index = 0; index < text.length; index += 1) {
    const boundary = boundaryAt(text, index, lastSeq + 1);
    if (!boundary) continue;
    found.push(boundary);
    lastSeq = boundary.seq ?? lastSeq + 1;
    index = boundary.bodyStart - 1;
  }
  return found;
}

/**
 * The number of the last item once `text` follows indicator text whose last item was `lastSeq` (`null`: no
 * text yet, so text before the first numbered item is an item of its own). Only `text` is scanned, so that a
 * project continued over many rows is read in linear time.
 */
export function lastSeqAfter(lastSeq: number | null, text: string): number {
  const found = boundaries(text, lastSeq ?? 0);
  const first = found[0];
  let last = lastSeq ?? 0;
  if (lastSeq === null && text.trim() !== '' && (!first || text.slice(0, first.start).trim() !== '')) last += 1;
  for (const boundary of found) last = boundary.seq ?? last + 1;
  return last;
}

/** Whether a text (e.g. the 绩效指标 cell of a continuation row) opens with a new item. */
export function startsWithItem(text: string): boolean {
  return boundaryAt(text.trimStart(), 0, 1) !== null;
}

/** Whether a cell reads as indicators rather than a goal. */
export function looksLikeIndicators(text: string): boolean {
  return /年度指标值|指标\s*[：:]/.test(text);
}

/**
 * Joins the indicator text of a project's rows. A segment that opens with a new item starts on a new
 * line; any other segment continues the previous item directly (a word split by a page break).
 */
export function joinSegments(segments: Segment[]): JoinedText {
  let text = '';
  const marks: JoinedText['marks'] = [];
  for (const segment of segments) {
    if (text !== '' && startsWithItem(segment.text)) text += '\n';
    marks.push({ offset: text.length, line: segment.line });
    text += segment.text;
  }
  return { text, marks };
}

/** The source line of an offset in joined text (a binary search over the segments' marks). */
export function lineAt(joined: JoinedText, offset: number): number {
  const { marks } = joined;
  let low = 0;
  let high = marks.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (marks[middle].offset <= offset) low = middle;
    else high = middle - 1;
  }
  return marks[low]?.line ?? 0;
}

function endsWithSeparator(text: string): boolean {
  const last = trimEndOf(text, '').at(-1);
  return last !== undefined && SEPARATORS.includes(last);
}

/** Splits joined indicator text into items; text before the first numbered or labelled item is an item too. */
export function splitItems(text: string): RawItem[] {
  const found = boundaries(text);
  const first = found[0];
  if (text.trim() !== '' && (!first || text.slice(0, first.start).trim() !== '')) {
    found.unshift({ start: 0, bodyStart: 0, seq: null, label: null });
  }
  return found.map((boundary, index) => {
    const next = found[index + 1];
    const raw = text.slice(boundary.bodyStart, next?.start ?? text.length);
    const endsAtRowBreak = endsWithLineBreak(raw);
    return {
      start: boundary.start,
      seq: boundary.seq,
      label: boundary.label,
      body: raw.trim(),
      separated: !next || endsAtRowBreak || endsWithSeparator(raw),
    };
  });
}
