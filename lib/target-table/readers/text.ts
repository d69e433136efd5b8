/** Text (pasted, or a file in UTF-8 / GB18030 / UTF-16) → rows of cells: lines split at tabs, within the limits. */
import { decodeTableText } from '../decode';
import { TableFormatError } from '../errors';
import { assertWithinLimits, splitLines } from '../limits';
import { findBinaryNoise } from '../text';

/** Rejects what is not text at all. */
export function assertText(text: string): void {
  if (text.trim() === '') throw new TableFormatError('内容为空：未识别到项目支出绩效目标表');
  if (findBinaryNoise(text)) throw new TableFormatError('内容含有控制字符，不是文本表格（可能是二进制文件）');
}

/** The rows of a tab-separated text; line i is row i - 1. */
export function textRows(text: string): string[][] {
  assertText(text);
  const rows = splitLines(text).map((line) => line.split('\t'));
  assertWithinLimits(rows);
  return rows;
}

/** The rows of a text file's bytes. */
export function readText(bytes: Uint8Array): string[][] {
  return textRows(decodeTableText(bytes));
}
