/**
 * HTML (a table copied from a web page: the clipboard's `text/html`, or a saved page) → rows of cells. The table's
 * own structure is used instead of guessing from text: `rowspan` leaves the rows below empty in that column,
 * `colspan` adds empty cells after the spanning one, as merged cells read in a spreadsheet. Text outside tables
 * (the page's title, 部门名称 lines) becomes rows of one cell. The markup is scanned once, tag by tag.
 */
import type { SourceRef } from '../types';
import { decodeEntities } from './entities';
import type { SourceRows } from './index';

const MAX_SPAN = 64;
const BLOCKS = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'section', 'article', 'body']);
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template']);

/** Whether a text is HTML holding a table. */
export function isHtmlTable(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (head.startsWith('<') || head.startsWith('version:')) && /<table[\s>]/i.test(text.slice(0, 4 * 1024 * 1024));
}

function span(tag: string, name: string): number {
  const found = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,4})`, 'i').exec(tag);
  return Math.min(Math.max(Number(found?.[1] ?? 1), 1), MAX_SPAN);
}

interface Table {
  /** Rows closed so far, for the source of each. */
  closed: number;
  /** Per column, how many more rows a rowspan above still covers. */
  covered: number[];
  row: string[] | null;
  cell: { text: string; colspan: number; rowspan: number } | null;
}

const clean = (text: string) => decodeEntities(text).replace(/\s+/g, ' ').trim();

function closeRow(table: Table, rows: string[][], sources: SourceRef[], number: number): void {
  if (!table.row) return;
  while (table.covered.some((n, i) => n > 0 && i >= table.row!.length)) placeCell(table, null);
  rows.push(table.row);
  table.closed += 1;
  sources.push({ table: number, row: table.closed });
  table.covered = table.covered.map((n) => Math.max(n - 1, 0));
  table.row = null;
}

/** Puts a cell at the next free column of the row, after the columns a rowspan above covers. */
function placeCell(table: Table, cell: Table['cell']): void {
  const row = table.row!;
  while ((table.covered[row.length] ?? 0) > 0) row.push('');
  if (!cell) return;
  const at = row.length;
  row.push(clean(cell.text), ...Array<string>(cell.colspan - 1).fill(''));
  for (let i = at; i < at + cell.colspan; i += 1) table.covered[i] = Math.max(table.covered[i] ?? 0, cell.rowspan);
}

/** The rows of an HTML text: table rows with their table and row, text outside tables line by line. */
export function readHtml(html: string): SourceRows {
  const rows: string[][] = [];
  const sources: SourceRef[] = [];
  const tables: Table[] = [];
  let tableCount = 0;
  let loose = '';
  let skipping: string | null = null;
  const flushLoose = () => {
    const text = clean(loose);
    if (text) {
      rows.push([text]);
      sources.push({ line: rows.length });
    }
    loose = '';
  };
  for (let at = 0; at < html.length; ) {
    const open = html.indexOf('<', at);
    const text = html.slice(at, open < 0 ? html.length : open);
    // A nested table's text belongs to the outer table's cell.
    const table = tables[0];
    if (!skipping) {
      if (table?.cell) table.cell.text += text;
      else if (!table) loose += text;
    }
    if (open < 0) break;
    const close = html.indexOf('>', open);
    if (close < 0) break;
    const tag = html.slice(open + 1, close);
    at = close + 1;
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('/');
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!closing && SKIPPED.has(name) && !tag.endsWith('/')) skipping = name;
    else if (name === 'table' && !closing) {
      flushLoose();
      if (tables.length === 0) tableCount += 1;
      tables.push({ closed: 0, covered: [], row: null, cell: null });
    } else if (name === 'table' && closing && table) {
      if (tables.length === 1) {
        if (table.cell) placeCell(table, table.cell);
        table.cell = null;
        closeRow(table, rows, sources, tableCount);
      }
      tables.pop();
    } else if (table && tables.length === 1 && name === 'tr') {
      if (table.cell) placeCell(table, table.cell);
      table.cell = null;
      closeRow(table, rows, sources, tableCount);
      if (!closing) table.row = [];
    } else if (table && tables.length === 1 && (name === 'td' || name === 'th')) {
      if (table.cell) placeCell(table, table.cell);
      table.row ??= [];
      table.cell = closing ? null : { text: '', colspan: span(tag, 'colspan'), rowspan: span(tag, 'rowspan') };
    } else if (BLOCKS.has(name)) {
      if (table?.cell) table.cell.text += ' ';
      else if (!table) flushLoose();
    }
  }
  flushLoose();
  return { rows, sources };
}
