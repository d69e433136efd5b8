/**
 * Word (.docx) → rows of cells, in document order: each paragraph outside a table is a row of one cell, each table
 * row a row. A cell spanning columns (`w:gridSpan`) is followed by empty cells so that columns stay aligned; a cell
 * continuing a vertical merge (`w:vMerge` without `restart`) is empty, as a merged cell reads in a spreadsheet.
 * The zip is checked before anything is inflated, and word/document.xml is scanned once, tag by tag.
 */
import { TableFormatError } from '../errors';
import type { SourceRef } from '../types';
import { decodeEntities } from './entities';
import type { SourceRows } from './index';
import { checkZip, inflateEntry } from './zip';

const MAX_SPAN = 64;

interface Cell {
  text: string;
  span: number;
  continued: boolean;
}

function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(`${name}="`);
  if (at < 0) return null;
  const start = at + name.length + 2;
  return tag.slice(start, tag.indexOf('"', start));
}

/** The body's paragraphs and table rows, from the document XML. */
export function documentRows(xml: string): SourceRows {
  const rows: string[][] = [];
  const sources: SourceRef[] = [];
  let depth = 0;
  let tables = 0;
  let tableRow = 0;
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let paragraph = '';
  let inText = false;
  let paragraphs = 0;
  for (let at = 0; at < xml.length; ) {
    const open = xml.indexOf('<', at);
    if (open < 0) break;
    if (inText && open > at) paragraph += decodeEntities(xml.slice(at, open));
    const close = xml.indexOf('>', open);
    if (close < 0) break;
    const tag = xml.slice(open + 1, close);
    at = close + 1;
    const closing = tag.startsWith('/');
    const bare = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0];
    const name = closing ? `/${bare}` : bare;
    if (name === 'w:t') inText = !tag.endsWith('/');
    else if (name === '/w:t') inText = false;
    else if (name === 'w:tab' || name === 'w:br') paragraph += ' ';
    else if (name === 'w:tbl') {
      depth += 1;
      if (depth === 1) [tables, tableRow] = [tables + 1, 0];
    } else if (name === '/w:tbl') depth -= 1;
    else if (depth === 1 && name === 'w:tr') row = [];
    else if (depth === 1 && name === '/w:tr' && row) {
      tableRow += 1;
      rows.push(row.flatMap((c) => [c.continued ? '' : c.text.trim(), ...Array<string>(c.span - 1).fill('')]));
      sources.push({ table: tables, row: tableRow });
      row = null;
    } else if (depth === 1 && name === 'w:tc') cell = { text: '', span: 1, continued: false };
    else if (depth === 1 && name === '/w:tc' && cell) {
      row?.push(cell);
      cell = null;
    } else if (name === 'w:gridSpan' && cell) cell.span = Math.min(Math.max(Number(attribute(tag, 'w:val')) || 1, 1), MAX_SPAN);
    else if (name === 'w:vMerge' && cell) cell.continued = attribute(tag, 'w:val') !== 'restart';
    else if (name === '/w:p') {
      if (cell) cell.text += cell.text && paragraph ? ` ${paragraph}` : paragraph;
      else if (depth === 0 && paragraph.trim()) {
        paragraphs += 1;
        rows.push([paragraph.trim()]);
        sources.push({ line: paragraphs });
      }
      paragraph = '';
    }
  }
  return { rows, sources };
}

/** The rows of a .docx file. */
export function readDocx(bytes: Uint8Array): SourceRows {
  let entries;
  try {
    entries = checkZip(bytes);
  } catch (error) {
    if (error instanceof TableFormatError) throw new TableFormatError(`无法读取该 Word 文件：${error.message}`);
    throw error;
  }
  const document = entries.find((entry) => entry.name === 'word/document.xml');
  if (!document) throw new TableFormatError('无法读取该 Word 文件：缺少正文（word/document.xml）');
  return documentRows(new TextDecoder().decode(inflateEntry(bytes, document)));
}
