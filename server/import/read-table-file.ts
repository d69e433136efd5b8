import ExcelJS from 'exceljs';
import { decodeTableText, parseTable, TableFormatError, type ImportPreview } from '@/lib/target-table';

export const MAX_TABLE_BYTES = 10 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Every sheet's rows as tab-separated lines; line breaks inside a cell become spaces. */
async function xlsxToText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new TableFormatError('无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式（旧版 .xls 请另存为 .xlsx）');
  }
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let col = 1; col <= row.cellCount; col += 1) cells.push(row.getCell(col).text.replace(/[\t\r\n]+/g, ' '));
      lines.push(cells.join('\t'));
    });
    lines.push('');
  });
  return lines.join('\n');
}

/** Reads an uploaded or named table file (.xlsx, or text in UTF-8 / GB18030) into the import preview. */
export async function readTableFile(bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length === 0) throw new TableFormatError('文件为空');
  if (bytes.length > MAX_TABLE_BYTES) throw new TableFormatError(`文件过大：不能超过 ${MAX_TABLE_BYTES / 1024 / 1024} MB`);
  return parseTable(isZip(bytes) ? await xlsxToText(bytes) : decodeTableText(bytes));
}
