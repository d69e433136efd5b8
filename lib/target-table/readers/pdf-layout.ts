/**
 * One PDF page's glyphs and ruling lines → rows of cells, in reading order. A bordered table's rows are the bands
 * between its horizontal rules; each band's cells are bounded by the vertical rules that cross it, so a cell
 * spanning columns stays one cell and a cell spanning rows leaves the rows below it empty (as merged cells do in
 * a spreadsheet). Text outside any table, and pages without rules, are read line by line, cells split at wide gaps.
 */

/** A piece of text at a position in page space (y grows upwards), usually one glyph. */
export interface Glyph {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** An axis-aligned ruling line: `at` is its x (vertical) or y (horizontal), from `from` to `to` along it. */
export interface Rule {
  vertical: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageRow {
  cells: string[];
  /** The row's top, for ordering rows of a page. */
  top: number;
}

const SNAP = 2;

/** Distinct positions, merged when within SNAP of each other. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const merged: number[] = [];
  for (const value of sorted) if (merged.length === 0 || value - merged[merged.length - 1] > SNAP) merged.push(value);
  return merged;
}

/** Glyphs of one cell or line → text: lines top to bottom joined directly (Chinese wraps mid-word), a space for a gap. */
export function glyphText(glyphs: Glyph[]): string {
  const lines = new Map<number, Glyph[]>();
  for (const glyph of glyphs) {
    const key = [...lines.keys()].find((y) => Math.abs(y - glyph.y) <= glyph.size * 0.4) ?? glyph.y;
    lines.set(key, [...(lines.get(key) ?? []), glyph]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) => {
      const sorted = line.sort((a, b) => a.x - b.x);
      let text = '';
      sorted.forEach((glyph, i) => {
        const before = sorted[i - 1];
        if (before && glyph.x - (before.x + before.width) > glyph.size * 0.6 && !text.endsWith(' ')) text += ' ';
        text += glyph.text;
      });
      return text.trim();
    })
    .join('');
}

/** Lines of glyphs not in any table: grouped by baseline, cells split where the gap is wider than two characters. */
function freeRows(glyphs: Glyph[]): PageRow[] {
  const lines: Glyph[][] = [];
  for (const glyph of [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l[0].y - glyph.y) <= glyph.size * 0.4);
    if (line) line.push(glyph);
    else lines.push([glyph]);
  }
  return lines.map((line) => {
    const sorted = line.sort((a, b) => a.x - b.x);
    const cells: Glyph[][] = [[]];
    sorted.forEach((glyph, i) => {
      const before = sorted[i - 1];
      if (before && glyph.x - (before.x + before.width) > glyph.size * 2) cells.push([]);
      cells[cells.length - 1].push(glyph);
    });
    return { cells: cells.map(glyphText), top: line[0].y + line[0].size };
  });
}

/** Rows of a page: table bands from its rules, other text line by line, all ordered top to bottom. */
export function pageRows(glyphs: Glyph[], rules: Rule[]): PageRow[] {
  const horizontal = rules.filter((rule) => !rule.vertical);
  const vertical = rules.filter((rule) => rule.vertical);
  // A row cut by the page's end has no rule below it: the ends of the vertical rules close it.
  const ys = cluster([...horizontal.map((rule) => rule.at), ...vertical.flatMap((rule) => [rule.from, rule.to])]).reverse();
  const rows: PageRow[] = [];
  const placed = new Set<Glyph>();
  for (let i = 0; i + 1 < ys.length; i += 1) {
    const [top, bottom] = [ys[i], ys[i + 1]];
    const middle = (top + bottom) / 2;
    const xs = cluster(vertical.filter((rule) => rule.from <= middle && rule.to >= middle).map((rule) => rule.at));
    if (xs.length < 2) continue;
    const cells: Glyph[][] = xs.slice(1).map(() => []);
    for (const glyph of glyphs) {
      const cx = glyph.x + glyph.width / 2;
      const cy = glyph.y + glyph.size * 0.35;
      if (cy > top || cy < bottom || cx < xs[0] || cx > xs[xs.length - 1]) continue;
      const column = xs.findIndex((x, k) => k > 0 && cx <= x) - 1;
      cells[Math.max(column, 0)].push(glyph);
      placed.add(glyph);
    }
    if (cells.some((cell) => cell.length > 0)) rows.push({ cells: cells.map(glyphText), top });
  }
  rows.push(...freeRows(glyphs.filter((glyph) => !placed.has(glyph) && glyph.text.trim() !== '')));
  return rows.sort((a, b) => b.top - a.top);
}
