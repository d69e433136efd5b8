/** Cell styles of the official forms: 宋体, thin borders, wrapped text, 万元 and percent formats. */
import type { Alignment, Borders, CellValue, Fill, Font, Worksheet } from 'exceljs';

export const WAN_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00%';

const FONT: Partial<Font> = { name: '宋体', size: 10 };
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LABEL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export type CellKind = 'label' | 'text' | 'center' | 'number';

const ALIGNMENT: Record<CellKind, Partial<Alignment>> = {
  label: { horizontal: 'center', vertical: 'middle', wrapText: true },
  text: { horizontal: 'left', vertical: 'middle', wrapText: true },
  center: { horizontal: 'center', vertical: 'middle', wrapText: true },
  number: { horizontal: 'right', vertical: 'middle' },
};

export interface Box {
  top: number;
  left: number;
  bottom?: number;
  right?: number;
}

/** Writes `value` into a box (merged when larger than one cell) and styles every cell of it. */
export function put(sheet: Worksheet, box: Box, value: CellValue, kind: CellKind, numFmt?: string): void {
  const bottom = box.bottom ?? box.top;
  const right = box.right ?? box.left;
  if (bottom > box.top || right > box.left) sheet.mergeCells(box.top, box.left, bottom, right);
  for (let row = box.top; row <= bottom; row++) {
    for (let col = box.left; col <= right; col++) {
      const cell = sheet.getCell(row, col);
      cell.font = kind === 'label' ? { ...FONT, bold: true } : FONT;
      cell.alignment = ALIGNMENT[kind];
      cell.border = BORDER;
      if (kind === 'label') cell.fill = LABEL_FILL;
      if (numFmt) cell.numFmt = numFmt;
    }
  }
  sheet.getCell(box.top, box.left).value = value;
}

/** A title line across the sheet, without borders. */
export function putTitle(sheet: Worksheet, row: number, width: number, text: string, size: number): void {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, size, bold: size > 12 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Display width of text: CJK and other wide characters count twice. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return width;
}

/**
 * A row height (points) that shows wrapped text in full: Excel does not grow rows holding merged or
 * pre-styled cells on its own. `cells` pairs each text with the width of its (merged) column span.
 */
export function rowHeight(cells: readonly [text: string, width: number][], min = 20): number {
  const lines = Math.max(
    1,
    ...cells.map(([text, width]) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0)),
  );
  return Math.max(min, lines * 14 + 6);
}
