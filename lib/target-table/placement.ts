/**
 * Where each row of the inline layout goes: the 合计 row, the department subtotal, a new project, or a
 * piece of the previous project that a page break cut off (a continuation row without amounts, or a
 * row whose name is a fragment but whose indicators continue the previous numbering).
 */
import { formatWan, hasAnyAmount, sameAmount, AMOUNT_KEYS } from './amounts';
import { lastSeqAfter, startsWithItem, type Segment } from './item-split';
import { firstItemSeq, leadingText } from './items';
import type { TableRow } from './rows';
import { excerpt, isTerminated, tail } from './text';
import type { Amounts, ImportWarning, Staged } from './types';

export interface Draft {
  line: number;
  name: string;
  amounts: Amounts;
  goal: string;
  segments: Segment[];
  /** The number of the last item of `segments` (0: none), kept as rows are added so no row rescans them. */
  lastSeq: number;
}

export interface Placement {
  drafts: Draft[];
  totals: { amounts: Amounts; line: number } | null;
}

/** What placing the rows so far has built, and the department that tells the subtotal row. */
interface PlacementState extends Placement {
  department: string;
}

const compact = (text: string): string => text.replace(/\s+/g, '');

function unplaced(row: TableRow, what: string): ImportWarning[] {
  const text = [row.goal, row.indicators].filter(Boolean).join(' ');
  return text ? [{ line: row.line, message: `${what}中的文字「${excerpt(text)}」未导入` }] : [];
}

function sameAmounts(a: Amounts, b: Amounts): boolean {
  return AMOUNT_KEYS.every((key) => sameAmount(a[key], b[key]));
}

function joinGoal(draft: Draft, goal: string): string {
  const before = draft.goal;
  draft.goal += goal;
  if (before === '' || isTerminated(before)) return '绩效目标续接';
  return `绩效目标在断词处直接相连（「${tail(before)}」+「${excerpt(goal, 8)}」）`;
}

/** Appends a row's indicator text to a draft, keeping its last item number. */
function addSegment(draft: Draft, row: TableRow): void {
  draft.lastSeq = lastSeqAfter(draft.segments.length === 0 ? null : draft.lastSeq, row.indicators);
  draft.segments.push({ text: row.indicators, line: row.line });
}

function joinIndicators(draft: Draft, row: TableRow): string {
  const before = draft.segments.at(-1)?.text ?? '';
  const { lastSeq } = draft;
  addSegment(draft, row);
  if (before === '' || startsWithItem(row.indicators)) return `绩效指标从第${lastSeq + 1}项续接`;
  const lead = leadingText(row.indicators);
  if (!isTerminated(before)) {
    return `第${lastSeq}项指标在断词处直接相连（「${tail(before)}」+「${excerpt(lead, 8)}」）`;
  }
  return `开头的文字「${excerpt(lead)}」接在第${lastSeq}项指标之后；该项原已以「${before.trim().slice(-1)}」结束，这段文字可能是识别噪声，请核对`;
}

function continueDraft(draft: Draft, row: TableRow): ImportWarning[] {
  const parts: string[] = [];
  if (row.name) {
    draft.name += row.name;
    parts.push(`项目名称续接为「${draft.name}」`);
  }
  if (row.goal) parts.push(joinGoal(draft, row.goal));
  if (row.indicators) parts.push(joinIndicators(draft, row));
  return [{ line: row.line, message: `没有金额，视为上一项目「${draft.name}」（第${draft.line}行）被分页断开的续行：${parts.join('；')}` }];
}

function mergeFragment(draft: Draft, row: TableRow): ImportWarning[] {
  // The split row's own amounts are not added: the project's amounts stand on its first row, and adding
  // them would count the money twice (the seed's projects exceed 合计 by 0.70 without them, by 11.90 with).
  const parts = [
    `金额按第${draft.line}行的 ${formatWan(draft.amounts.total ?? 0)} 万元计，本行的 ${formatWan(row.amounts.total ?? 0)} 万元未相加`,
  ];
  if (row.goal) parts.push(joinGoal(draft, row.goal));
  parts.push(joinIndicators(draft, row));
  return [
    {
      line: row.line,
      message:
      `「${row.name}」的绩效指标从第${firstItemSeq(row.indicators)}项开始，接续上一项目「${draft.name}」（第${draft.line}行）的编号，` +
      `按被分页断开的同一项目合并：${parts.join('；')}。也可能是名为「${row.name}」、金额 ${formatWan(row.amounts.total ?? 0)} 万元的独立项目` +
      `（或项目全称为「${draft.name}${row.name}」），请核对`,
    },
  ];
}

function projectName(row: TableRow, department: string): Staged<string> {
  if (!row.name) {
    return { value: `未命名项目（第${row.line}行）`, warnings: [{ line: row.line, message: '有金额但没有项目名称，暂记为「未命名项目」，请补充' }] };
  }
  const rest = department && row.name.startsWith(department) ? row.name.slice(department.length).trim() : '';
  if (!rest) return { value: row.name, warnings: [] };
  return { value: rest, warnings: [{ line: row.line, message: `项目名称前的资金使用单位「${department}」已去掉，项目名称记为「${rest}」` }] };
}

function isFragment(draft: Draft | undefined, row: TableRow): draft is Draft {
  if (!draft || !row.name) return false;
  const first = firstItemSeq(row.indicators);
  return first !== null && first > 1 && first === draft.lastSeq + 1;
}

function startDraft(row: TableRow, state: PlacementState): ImportWarning[] {
  const name = projectName(row, state.department);
  const draft: Draft = { line: row.line, name: name.value, amounts: row.amounts, goal: row.goal, segments: [], lastSeq: 0 };
  if (row.indicators) addSegment(draft, row);
  state.drafts.push(draft);
  return hasAnyAmount(row.amounts) ? name.warnings : [{ line: row.line, message: '项目没有金额，请核对' }, ...name.warnings];
}

function placeTotals(row: TableRow, state: PlacementState): ImportWarning[] {
  const again = state.totals ? [{ line: row.line, message: `又一个合计行（第${state.totals.line}行已有），已忽略` }] : [];
  state.totals ??= { amounts: row.amounts, line: row.line };
  return [...again, ...unplaced(row, '合计行')];
}

function placeSubtotal(row: TableRow, state: PlacementState): ImportWarning[] {
  const differs = state.totals && !sameAmounts(state.totals.amounts, row.amounts);
  return [...(differs ? [{ line: row.line, message: '部门小计行的金额与合计行不一致，请核对' }] : []), ...unplaced(row, '部门小计行')];
}

/** Places one data row of the inline layout, returning what it had to guess. */
function placeRow(row: TableRow, state: PlacementState): ImportWarning[] {
  const previous = state.drafts.at(-1);
  if (/^合计$/.test(compact(row.name))) return placeTotals(row, state);
  if (state.department && compact(row.name) === compact(state.department) && hasAnyAmount(row.amounts)) return placeSubtotal(row, state);
  if (!hasAnyAmount(row.amounts) && previous) return continueDraft(previous, row);
  if (isFragment(previous, row)) return mergeFragment(previous, row);
  return startDraft(row, state);
}

/** Places the data rows of the inline layout: the 合计 row, the department subtotal, projects and their continuations. */
export function placeRows(rows: readonly TableRow[], department: string): Staged<Placement> {
  const state: PlacementState = { department, drafts: [], totals: null };
  const warnings = rows.flatMap((row) => placeRow(row, state));
  return { value: { drafts: state.drafts, totals: state.totals }, warnings };
}
