/**
 * Text (pasted, or a file in UTF-8 / GB18030 / UTF-16) → rows of cells. Tables arrive as text in several shapes:
 * cells separated by tabs (Excel, PDF-to-text); a web page copied as text, cells separated by `|`, sometimes one
 * cell per line with rows of bare `|` between; cells separated by spaces; or one cell per line with no separator
 * at all. Each shape is told by its lines, and each gives rows of cells; where rows are not lines, every row
 * keeps the line it started on.
 */
import { decodeTableText } from '../decode';
import { TableFormatError } from '../errors';
import { assertWithinLimits, splitLines } from '../limits';
import { findBinaryNoise } from '../text';
import type { SourceRows } from './index';

/** Rejects what is not text at all. */
export function assertText(text: string): void {
  if (text.trim() === '') throw new TableFormatError('内容为空：未识别到项目支出绩效目标表');
  if (findBinaryNoise(text)) throw new TableFormatError('内容含有控制字符，不是文本表格（可能是二进制文件）');
}

const HEADER_WORDS = ['一级指标', '二级指标', '三级指标', '指标值'];
const isBlank = (line: string) => line.trim() === '';

/** `a | b | | c ||||` → `a`, `b`, ``, `c`: trailing empty cells are the page's padding, not the table's. */
function pipeCells(line: string): string[] {
  const cells = line.split('|').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells[0] === '' && line.trimStart().startsWith('|')) cells.shift();
  return cells;
}

/** Pipe tables: one row per line, or — when bare `|` lines stand between rows — one cell per line. */
function pipeRows(lines: string[]): SourceRows {
  const separated = lines.some((line) => /^\s*\|+\s*$/.test(line));
  const rows: string[][] = [];
  const sources: { line: number }[] = [];
  let open = false;
  lines.forEach((line, index) => {
    const cells = pipeCells(line);
    if (separated && cells.every((cell) => cell === '')) {
      open = false;
      return;
    }
    if (open && line.includes('|')) rows[rows.length - 1].push(...cells);
    else {
      rows.push(cells);
      sources.push({ line: index + 1 });
    }
    // With bare `|` rows between them, the cells of a row stand one per line, each ending in `|`.
    open = separated && line.includes('|');
  });
  return { rows, sources };
}

/** Cells separated by spaces; spaces inside parentheses (`( ≥**个 )`) separate nothing. */
function spaceCells(line: string): string[] {
  if (isBlank(line)) return [];
  return line.replace(/[（(][^（()）]*[)）]/g, (group) => group.replace(/\s+/g, '')).trim().split(/\s+/);
}

/** How the lines separate cells, told by the lines themselves. */
function shapeOf(lines: string[]): 'tabs' | 'pipes' | 'spaces' | 'lines' {
  const filled = lines.filter((line) => !isBlank(line));
  if (filled.some((line) => line.includes('\t'))) return 'tabs';
  if (filled.filter((line) => line.includes('|')).length >= filled.length * 0.3) return 'pipes';
  const spacedHeader = filled.some((line) => HEADER_WORDS.filter((word) => line.split(/\s+/).includes(word)).length >= 3);
  return spacedHeader ? 'spaces' : 'lines';
}

/** The rows of a text, with where each started when rows are not lines. */
export function textSource(text: string): SourceRows {
  assertText(text);
  const lines = splitLines(text);
  const shape = shapeOf(lines);
  let source: SourceRows;
  if (shape === 'tabs') source = { rows: lines.map((line) => line.split('\t')) };
  else if (shape === 'pipes') source = pipeRows(lines);
  else if (shape === 'spaces') source = { rows: lines.map(spaceCells) };
  else source = { rows: lines.map((line) => (isBlank(line) ? [] : [line.trim()])) };
  assertWithinLimits(source.rows);
  return source;
}

/** The rows of a text (line i is row i - 1 for tab-separated text). */
export function textRows(text: string): string[][] {
  return textSource(text).rows;
}

/** The rows of a text file's bytes. */
export function readText(bytes: Uint8Array): SourceRows {
  return textSource(decodeTableText(bytes));
}
