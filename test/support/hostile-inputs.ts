/**
 * Hostile import inputs, built rather than stored so that tests and benchmarks can size them: each must be
 * answered quickly with a Chinese message, without parsing for long or allocating much.
 */
import { deflateRawSync } from 'node:zlib';
import { buildZip, type ZipPart } from './zip-writer';

const encode = (text: string) => new TextEncoder().encode(text);
const INLINE_HEADER = '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标';

/** A Guangzhou-layout table whose one indicator item holds `spaces` spaces between its name and its target. */
export function spacesInsideItem(spaces = 40_000): Uint8Array {
  const item = `1、产出指标：参加会议人数${' '.repeat(spaces)}，年度指标值：30${' '.repeat(spaces)}x`;
  return encode(`部门名称：某局\n单位：万元\n${INLINE_HEADER}\n会议经费\t1.00\t1.00\t\t\t开会。\t${item}`);
}

/** A table followed by one line of `bytes` commas. */
export function commaLine(bytes = 1024 * 1024): Uint8Array {
  return encode(`${INLINE_HEADER}\n会议经费\t1.00\t1.00\t\t\t开会。\t1、产出指标：会议数，年度指标值：4\n${','.repeat(bytes)}`);
}

/**
 * About 40 KB of a valid-looking table whose cells and items stay under their limits but are made of the runs
 * the old trailing-punctuation and trailing-quantity patterns were quadratic on (spaces, commas, `。`), ending
 * in an item over the item limit so that the table is refused only after every earlier cell was read.
 */
export function craftedText(kilobytes = 40): Uint8Array {
  const runs = [' ', ',', '。', '，', '、'];
  const rows: string[] = [];
  for (let i = 0, size = 0; size < kilobytes * 1024 - 8000; i += 1) {
    const run = runs[i % runs.length].repeat(950);
    const row = `项目${i}\t1.00\t1.00\t\t\t目标${run}${run}\t1、产出指标：会议数${run}1，年度指标值：4次${run}`;
    rows.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  rows.push(`最后一项\t1.00\t1.00\t\t\t目标。\t1、产出指标：${'长'.repeat(2500)}，年度指标值：1`);
  return encode(`${INLINE_HEADER}\n${rows.join('\n')}`);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbookParts(sheet: Omit<ZipPart, 'name'>): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOC_REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ];
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A workbook of one sheet with the given rows XML (`<row>…</row>…`). */
export function xlsxWithRows(rowsXml: string, dimension = 'A1'): Uint8Array {
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rowsXml}</sheetData></worksheet>`;
  return buildZip(workbookParts({ data: sheet }));
}

/** A tiny workbook whose one real cell stands at `ref` (default XFD1048576, the last cell a sheet has). */
export function farCellXlsx(ref = 'XFD1048576'): Uint8Array {
  const row = Number(/\d+$/.exec(ref)?.[0] ?? 1);
  return xlsxWithRows(`<row r="1">${cell('A1', '项目名称')}</row><row r="${row}">${cell(ref, 'x')}</row>`, `A1:${ref}`);
}

/** A workbook whose sheet inflates to `megabytes` MB of XML; `lying` declares it small in the zip directory. */
export function zipBombXlsx(megabytes = 200, lying = false): Uint8Array {
  const head = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cell('A1', '项目名称')}</row>`;
  const filler = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  const data = Buffer.concat([Buffer.from(head), filler, Buffer.from('</sheetData></worksheet>')]);
  return buildZip(workbookParts({ data, declaredSize: lying ? 4096 : undefined }));
}

/** The raw deflate size of `megabytes` MB of spaces, for checking that a bomb stays a few hundred KB. */
export function bombCompressedSize(megabytes: number): number {
  return deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20)).length;
}
