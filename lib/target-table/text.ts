/** Cell text clean-up shared by both layouts: HTML remnants, noise, punctuation, excerpts for warnings. */
import { isSpace, trimEndOf } from '../target-value/text';
import { decodeEntities, ENTITY } from './readers/entities';
import type { ImportWarning, Staged } from './types';

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** Characters a PDF/OCR extraction leaves behind: replacement char, private use area, stray controls. */
const NOISE = /[\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f\u007f]/;
/** Text ending in one of these was complete; anything else was cut mid-way (e.g. by a page break). */
const TERMINATORS = '。！？；;!?…”"’」』）)】]';

export interface CleanCell {
  text: string;
  /** The HTML tags that were removed, e.g. `<p>`. */
  tags: string[];
  noisy: boolean;
}

/** Removes HTML tags and entities (keeping their text) and surrounding whitespace. */
export function cleanCell(raw: string): CleanCell {
  const tags = [...new Set((raw.match(TAG) ?? []).map((tag) => tag.replace(/^<\/?([a-zA-Z0-9]+).*$/s, '<$1>')))];
  const hasMarkup = tags.length > 0 || raw.search(ENTITY) >= 0;
  let text = decodeEntities(raw.replace(TAG, ' '));
  if (hasMarkup) text = text.replace(/\s{2,}/g, ' ');
  text = text.trim();
  return { text, tags, noisy: NOISE.test(text) };
}

/** Cleans the cells of a row, warning once about removed HTML tags and once about noise characters. */
export function cleanRow(rawCells: readonly string[], line: number): Staged<string[]> {
  const cleaned = rawCells.map(cleanCell);
  const tags = [...new Set(cleaned.flatMap((cell) => cell.tags))];
  const warnings: ImportWarning[] = [];
  if (tags.length > 0) warnings.push({ line, message: `含 HTML 标签（${tags.join('')}），已去除标签、保留文字` });
  if (cleaned.some((cell) => cell.noisy)) warnings.push({ line, message: '含疑似乱码字符，已原样保留，请核对' });
  return { value: cleaned.map((cell) => cell.text), warnings };
}

/** True when the text holds enough control characters to be a binary file rather than a table. */
export function findBinaryNoise(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, text.length / 100);
}

/** Whether a piece of text ended normally rather than being cut in the middle of a word or sentence. */
export function isTerminated(text: string): boolean {
  const last = trimEndOf(text, '').at(-1);
  return last !== undefined && TERMINATORS.includes(last);
}

/** Trims spaces and trailing `。；;，,` (the 年度指标值 convention of DOMAIN.md §8). */
export function trimTrailingPunctuation(text: string): string {
  return trimEndOf(text, '。；;，,').trim();
}

/** Whether the text ends with whitespace that holds a line break (the end of a source row). */
export function endsWithLineBreak(text: string): boolean {
  for (let at = text.length - 1; at >= 0 && isSpace(text[at]); at -= 1) if (text[at] === '\n') return true;
  return false;
}

/** Shortens a text for a warning message, runs of whitespace read as one space; stops after `max` characters. */
export function excerpt(text: string, max = 24): string {
  let flat = '';
  let space = false;
  for (const ch of text) {
    if (isSpace(ch)) {
      space = flat !== '';
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += ch;
    if (flat.length > max) return `${flat.slice(0, max)}…`;
  }
  return flat;
}

/** The last few characters of a text, for showing where a split text was joined. */
export function tail(text: string, max = 8): string {
  const flat = text.trim();
  return flat.length > max ? `…${flat.slice(-max)}` : flat;
}
