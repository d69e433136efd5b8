/**
 * Caps on what one table may hold, checked before any pattern looks at the text: a real 项目支出绩效目标表 stays
 * far below them (the seed's longest cell has 413 characters, its longest item 315), while a hostile file that
 * exceeds them is refused with the line it fails at instead of being parsed.
 */
import { TableFormatError } from './errors';

export const TABLE_LIMITS = {
  /** Characters in one cell: a project's goal or its whole 绩效指标 column. */
  cellChars: 8_000,
  /** Characters in one indicator item (`3、产出指标：…，年度指标值：…`). */
  itemChars: 2_000,
  /** Lines of a text, or rows of all sheets together. */
  lines: 100_000,
  /** Cells of the whole table. */
  cells: 1_000_000,
} as const;

const format = (n: number) => n.toLocaleString('en-US');

function tooManyLines(count: number): TableFormatError {
  return new TableFormatError(`表格超过 ${format(TABLE_LIMITS.lines)} 行（至少 ${format(count)} 行），不像是绩效目标表，未导入`);
}

/** The lines of a text (`\r\n`, `\r` and `\n` all end one), refused past the line cap before splitting. */
export function splitLines(text: string): string[] {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    count += 1;
    if (count > TABLE_LIMITS.lines) throw tooManyLines(count);
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > TABLE_LIMITS.lines) throw tooManyLines(lines.length);
  return lines;
}

/** Refuses rows of cells past the caps, naming the first line (row i is line i + 1) that breaks one. */
export function assertWithinLimits(rows: readonly (readonly string[])[]): void {
  if (rows.length > TABLE_LIMITS.lines) throw tooManyLines(rows.length);
  let cells = 0;
  rows.forEach((row, index) => {
    cells += row.length;
    if (cells > TABLE_LIMITS.cells) {
      throw new TableFormatError(`表格超过 ${format(TABLE_LIMITS.cells)} 个单元格（到第 ${index + 1} 行），不像是绩效目标表，未导入`);
    }
    row.forEach((cell, column) => {
      if (cell.length <= TABLE_LIMITS.cellChars) return;
      throw new TableFormatError(
        `第 ${index + 1} 行第 ${column + 1} 列的单元格有 ${format(cell.length)} 个字符，超过每格 ${format(TABLE_LIMITS.cellChars)} 个字符的上限，未导入`,
      );
    });
  });
}

/** Refuses an indicator item longer than the cap before its name and target are read. */
export function assertItemWithinLimits(body: string, line: number, seq: number): void {
  if (body.length <= TABLE_LIMITS.itemChars) return;
  throw new TableFormatError(
    `第 ${line} 行的第 ${seq} 项指标有 ${format(body.length)} 个字符，超过每项 ${format(TABLE_LIMITS.itemChars)} 个字符的上限，未导入`,
  );
}
