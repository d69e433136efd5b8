/** CSV for Excel: UTF-8 with a BOM, CRLF rows, RFC 4180 quoting, formula-injection safe. */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: text that Excel would run as a formula gets a leading `'`; quotes where needed. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
