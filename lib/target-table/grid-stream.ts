/**
 * A per-project table copied from a web page one cell per line (no tabs, no `|`): the rows are gone, so they are
 * rebuilt from what the cells say. In the header block, a run of labels is followed by a run of values and they
 * pair from the end (`总体目标 年度目标 | 完成项目主体工程70%` → the 年度目标 is the value); after the indicator
 * header, category words set the 一级 and 二级 and each other cell is an indicator's name, then its value.
 */
import { categoryCell, GRID_END, gridColumnOf, isOutputCost, keyOf } from './grid-keys';

export interface GridRecord {
  cells: string[];
  line: number;
}

interface Cell {
  text: string;
  line: number;
}

type Rows = readonly (readonly string[])[];

const filledCells = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '');

/** Whether the rows are a cell-per-line stream whose indicator header stands on separate lines. */
export function isCellStream(rows: Rows): boolean {
  const filled = rows.map(filledCells).filter((row) => row.length > 0);
  const single = filled.filter((row) => row.length === 1);
  const header = single.some((row) => gridColumnOf(row[0]) === 'level1');
  return header && single.length >= filled.length * 0.8;
}

/** `主管部门` + `及编码`, `经济效益` + `指标`: labels a narrow cell broke over two lines. */
function joinBroken(cells: Cell[]): Cell[] {
  const joined: Cell[] = [];
  for (const cell of cells) {
    const last = joined[joined.length - 1];
    if (last && (cell.text === '指标' || /^及(?:编码|代码)$/.test(cell.text)) && (categoryCell(last.text) || keyOf(last.text))) {
      last.text += cell.text;
    } else joined.push({ ...cell });
  }
  return joined;
}

const isLabel = (text: string) => keyOf(text) !== null;
const isHeaderWord = (text: string) => gridColumnOf(text) !== null;

/**
 * The header block: each run of labels pairs with the run of values after it. More labels than values pair from the
 * end (`总体目标 中期目标 年度目标 | 中期… | 年度…`); more values than labels pair from the start, the rest is stray text.
 */
function blockRecords(cells: Cell[], from: number, records: GridRecord[]): number {
  let at = from;
  while (at < cells.length && !isHeaderWord(cells[at].text)) {
    const labels: Cell[] = [];
    while (at < cells.length && isLabel(cells[at].text)) labels.push(cells[at++]);
    const values: Cell[] = [];
    while (at < cells.length && !isLabel(cells[at].text) && !isHeaderWord(cells[at].text)) values.push(cells[at++]);
    const paired = Math.min(labels.length, values.length);
    const alone = labels.length - paired;
    labels.forEach((label, i) => {
      const value = i < alone ? undefined : values[i - alone];
      records.push({ cells: value ? [label.text, value.text] : [label.text], line: label.line });
    });
    for (const value of values.slice(paired)) records.push({ cells: [value.text], line: value.line });
  }
  return at;
}

/** The indicators after the header: category words set the levels, then a name and its value. */
function gridRecords(cells: Cell[], from: number, records: GridRecord[]): number {
  let at = from;
  while (at < cells.length && isHeaderWord(cells[at].text)) at += 1;
  records.push({ cells: ['一级指标', '二级指标', '三级指标', '指标值'], line: cells[from].line });
  let [level1, level2] = ['', ''];
  let name: Cell | null = null;
  for (; at < cells.length; at += 1) {
    const cell = cells[at];
    if (keyOf(cell.text) === 'project' || GRID_END.test(cell.text)) break;
    const category = name ? null : categoryCell(cell.text);
    if (category) {
      if (category.subcategory === null && !isOutputCost(cell.text, categoryCell(level1)?.category ?? null)) [level1, level2] = [cell.text, ''];
      else level2 = cell.text;
    } else if (!name) name = cell;
    else {
      records.push({ cells: [level1, level2, name.text, cell.text], line: name.line });
      name = null;
    }
  }
  if (name) records.push({ cells: [name.text], line: name.line });
  return at;
}

/** Rows of one cell each → rows as the table had them (header block pairs, indicator rows). */
export function streamRecords(rows: Rows): GridRecord[] {
  const cells = joinBroken(rows.flatMap((row, index) => filledCells(row).map((text) => ({ text: text.trim(), line: index + 1 }))));
  const records: GridRecord[] = [];
  let at = 0;
  while (at < cells.length) {
    at = blockRecords(cells, at, records);
    if (at < cells.length) at = gridRecords(cells, at, records);
  }
  return records;
}
