/** The header block of a per-project table: 项目名称, amounts, 主管部门, 实施单位, 实施期, goals, 单位. */
import { readMoney } from './amounts';
import type { GridColumn, KeyValue } from './grid-keys';
import { emptyAmounts } from './amounts';
import { excerpt } from './text';
import type { Category } from '../target-value';
import type { ImportWarning, PreviewProject } from './types';

export interface GridProject extends PreviewProject {
  line: number;
  columns: (GridColumn | null)[] | null;
  /** Past the end of its grid (a signature or review row): later rows are not its indicators. */
  closed: boolean;
  /** The 一级 as written (for warnings) and the category and 二级 in force for the next indicator rows. */
  level1: string;
  category: Category | null;
  subcategory: string | null;
  annualGoal: string;
  department: string;
  executor: string;
  period: string;
}

export interface GridState {
  title: string;
  department: string;
  divisor: number;
  projects: GridProject[];
  /** Whether the previous row was an indicator header (the next may be its sub-header). */
  afterHeader: boolean;
}

export function newGridProject(name: string, line: number, state: GridState): GridProject {
  const project: GridProject = {
    name, amounts: emptyAmounts(), goal: '', annualGoal: '', indicators: [], line, columns: null, closed: false, level1: '', category: null,
    subcategory: null, department: '', executor: '', period: '',
  };
  state.projects.push(project);
  state.afterHeader = false;
  return project;
}

/** `[015001]武汉市青山区教育局` → `武汉市青山区教育局`: the code some systems print before a unit's name. */
const withoutCode = (name: string) => name.replace(/^[[【［]\d+[\]】］]\s*/, '').trim();

function applyAmount(pair: KeyValue & { key: 'total' | 'fiscal' | 'specialAccount' | 'other' }, project: GridProject, divisor: number, warn: (m: string) => void): void {
  const money = readMoney(pair.value, divisor);
  if (money.kind === 'text') warn(`「${pair.label}」的「${excerpt(pair.value)}」不是金额，按空处理`);
  if (money.kind !== 'amount') return;
  const current = project.amounts[pair.key];
  // A 当年 / 年度 amount is the budget year's; it wins over the project's whole-period figure.
  if (current === null || /当年|年度|本年/.test(pair.label)) project.amounts[pair.key] = money.value;
  if (money.rest) warn(`「${pair.label}」取 ${money.value} 万元，后面的说明「${excerpt(money.rest)}」未导入`);
}

/** Applies one labelled value of a header block to the state or to the current project. */
export function applyKey(pair: KeyValue, line: number, state: GridState): ImportWarning[] {
  const project = state.projects.at(-1);
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  if (pair.key === 'ignored') return warnings;
  if (pair.key === 'project') {
    newGridProject(pair.value || `未命名项目（第${line}行）`, line, state);
    if (!pair.value) warn('「项目名称」为空，暂记为「未命名项目」，请补充');
  } else if (pair.key === 'unit') {
    state.divisor = /^元$/.test(pair.value) ? 10000 : 1;
    if (!/^万?元$/.test(pair.value)) warn(`无法识别的金额单位「${pair.value}」，按万元处理`);
  } else if (pair.key === 'department' && !project) state.department ||= withoutCode(pair.value);
  else if (!project) {
    if (pair.value) warn(`「${pair.label}」出现在第一个「项目名称」之前，未导入`);
  } else if (pair.key === 'department') {
    project.department ||= withoutCode(pair.value);
    state.department ||= project.department;
  } else if (pair.key === 'executor') project.executor ||= withoutCode(pair.value);
  else if (pair.key === 'period') project.period ||= pair.value;
  else if (pair.key === 'goal') project.goal += pair.value;
  else if (pair.key === 'annualGoal') project.annualGoal += pair.value;
  else applyAmount({ ...pair, key: pair.key }, project, state.divisor, warn);
  return warnings;
}
