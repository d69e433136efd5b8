/**
 * PDF with a text layer → rows of cells (pdfjs-dist, legacy build for Node 20). Each page's glyphs and ruling
 * lines are read, the table rebuilt from their positions (pdf-layout.ts); text is NFKC-normalised, since Chinese
 * PDFs printed from browsers map glyphs to Kangxi radicals (⽬ for 目). A page that ends mid-row starts the next
 * page with the rest of the row, which the layouts join as they join any continuation row.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TableFormatError } from '../errors';
import { pageRows, type Glyph, type Rule } from './pdf-layout';

export const PDF_LIMITS = { pages: 500, glyphsPerPage: 40_000, rulesPerPage: 20_000 } as const;

/** Where each row came from: the page and the row's line on that page. */
export interface PdfRow {
  cells: string[];
  page: number;
  line: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A rectangle or a line segment in page space, as a rule when it is thin and long enough. */
function ruleOf(x1: number, y1: number, x2: number, y2: number): Rule | null {
  const [left, right, low, high] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
  if (right - left <= 2.5 && high - low > 3) return { vertical: true, at: (left + right) / 2, from: low, to: high };
  if (high - low <= 2.5 && right - left > 3) return { vertical: false, at: (low + high) / 2, from: left, to: right };
  return null;
}

/** Operators that paint the path before them; a path followed by a clip only clips. */
const PAINTING = new Set<number>([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Kangxi radicals, CJK radical supplements and compatibility ideographs → the ideographs they stand for; other
 * characters (full-width punctuation included) stay as printed. */
export function normaliseGlyphText(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => ch.normalize('NFKC'));
}

/** The ruling lines of a page: thin rectangles and straight path segments, with the current transform applied. */
export function rulesOf(fnArray: number[], argsArray: unknown[]): Rule[] {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const rules: Rule[] = [];
  fnArray.forEach((fn, i) => {
    const painted = PAINTING.has(fnArray[i + 1] ?? -1);
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === OPS.constructPath && painted && rules.length < PDF_LIMITS.rulesPerPage) {
      const [ops, coords] = argsArray[i] as [number[], number[]];
      let at = 0;
      let last: [number, number] = [0, 0];
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(at, (at += 4));
          const [a, b] = [apply(ctm, x, y), apply(ctm, x + w, y + h)];
          const rule = ruleOf(a[0], a[1], b[0], b[1]);
          if (rule) rules.push(rule);
          else if (Math.abs(b[0] - a[0]) > 3 && Math.abs(b[1] - a[1]) > 3) {
            rules.push(ruleOf(a[0], a[1], a[0], b[1])!, ruleOf(b[0], a[1], b[0], b[1])!, ruleOf(a[0], a[1], b[0], a[1])!, ruleOf(a[0], b[1], b[0], b[1])!);
          }
        } else if (op === OPS.moveTo || op === OPS.lineTo) {
          const point = apply(ctm, coords[at], coords[at + 1]);
          at += 2;
          const rule = op === OPS.lineTo ? ruleOf(last[0], last[1], point[0], point[1]) : null;
          if (rule) rules.push(rule);
          last = point;
        } else if (op === OPS.curveTo) at += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) at += 4;
      }
    }
  });
  return rules;
}

const STANDARD = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

function failure(error: unknown): TableFormatError {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return new TableFormatError('PDF 文件已加密，无法读取：请先取消密码保护');
  return new TableFormatError('无法读取该 PDF 文件：文件已损坏或不是 PDF');
}

const PAGES_AT_ONCE = 6;

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/** One page's rows and how many characters its text layer holds. */
async function readPage(document: PdfDocument, number: number): Promise<{ number: number; rows: ReturnType<typeof pageRows>; characters: number }> {
  const page = await document.getPage(number);
  const [content, operators] = await Promise.all([page.getTextContent({ disableNormalization: true }), page.getOperatorList()]);
  if (content.items.length > PDF_LIMITS.glyphsPerPage) throw new TableFormatError(`PDF 第 ${number} 页的文字过多，结构异常，未导入`);
  const glyphs: Glyph[] = content.items.flatMap((item) => {
    if (!('str' in item) || item.str === '') return [];
    const [a, b, , , x, y] = item.transform as number[];
    return [{ text: normaliseGlyphText(item.str), x, y, width: item.width, size: Math.hypot(a, b) || item.height }];
  });
  const characters = glyphs.reduce((n, glyph) => n + glyph.text.trim().length, 0);
  return { number, rows: pageRows(glyphs, rulesOf(operators.fnArray, operators.argsArray)), characters };
}

/** The rows of every page, in order, each with its page and line. */
export async function readPdfRows(bytes: Uint8Array): Promise<PdfRow[]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${STANDARD}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${STANDARD}/standard_fonts/`,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const document = await task.promise.catch((error: unknown) => Promise.reject(failure(error)));
  try {
    if (document.numPages > PDF_LIMITS.pages) throw new TableFormatError(`PDF 超过 ${PDF_LIMITS.pages} 页，未导入`);
    const rows: PdfRow[] = [];
    let characters = 0;
    // Pages are read a few at a time: pdfjs answers each request in turns, and overlapping them keeps it busy.
    for (let first = 1; first <= document.numPages; first += PAGES_AT_ONCE) {
      const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, document.numPages - first + 1) }, (_, i) => first + i);
      for (const page of await Promise.all(numbers.map((number) => readPage(document, number)))) {
        characters += page.characters;
        page.rows.forEach((row, index) => rows.push({ cells: row.cells, page: page.number, line: index + 1 }));
      }
    }
    if (characters === 0) throw new TableFormatError('这是扫描件，没有可提取的文字：请使用带文字层的 PDF，或导出为 Excel/Word 后再导入');
    return rows;
  } finally {
    await document.destroy();
  }
}
