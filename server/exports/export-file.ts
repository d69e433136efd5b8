import type { Workbook } from 'exceljs';

/** A generated download: its bytes, text or stream, Chinese file name and an ASCII fallback for old clients. */
export interface ExportFile {
  body: Uint8Array<ArrayBuffer> | string | ReadableStream<Uint8Array>;
  filename: string;
  fallbackFilename: string;
  contentType: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Drops the characters file systems refuse (`/ \ : * ? " < > |`) and control characters. */
export function safeFilename(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
}

/** The .xlsx bytes of a workbook. */
export async function xlsxBytes(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
