/**
 * The official 监控表 of a monitoring round (`?round=ID`): the round's department–year as of its month, the round in
 * the title, and per project its state in the round and the latest review comment — under each project's table and on
 * a 轮次汇总 sheet first in the department workbook.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Db } from '@/db';
import { findRoundOfDepartment, roundStandings, type RoundStanding } from '@/db/queries/round-standings';
import { formatDeadline, roundLabel } from '@/lib/rounds/round-label';
import { ROUND_PROJECT_STATE_LABELS } from '@/lib/rounds/vocabulary';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { idParamSchema } from '../api/param-schemas';
import type { MonitoringExportParams } from './export-params';
import type { SheetExtent } from './monitoring-sheet';
import { put, putTitle, rowHeight } from './sheet-style';

export interface ExportRound {
  label: string;
  deadline: string;
  standings: Map<number, RoundStanding>;
}

/** A query parameter that, when given, must say what the round says. */
function mustMatch(search: URLSearchParams, key: string, expected: string | number, what: string): void {
  const raw = search.get(key);
  if (raw !== null && raw !== '' && raw !== String(expected)) throw new ValidationError(`参数 ${key} 与监控轮次不符：该轮次的${what}为 ${expected}`, { [key]: ['与监控轮次不符'] });
}

function projectOf(search: URLSearchParams): number | null {
  const raw = search.get('project') || null;
  if (raw === null) return null;
  if (!idParamSchema.safeParse(raw).success) throw new ValidationError('项目参数 project 应为正整数', { project: ['无效的编号'] });
  return Number(raw);
}

/**
 * The export of `?round=ID` (null without it): the round's year, month and department, which `year`, `asOf` and
 * `department` may repeat but not contradict; `project`, when given, must be one of the round's.
 */
export function parseRoundExport(db: Db, actor: Actor, search: URLSearchParams): { params: MonitoringExportParams; round: ExportRound } | null {
  const raw = search.get('round');
  if (raw === null) return null;
  const found = idParamSchema.safeParse(raw).success ? findRoundOfDepartment(db, Number(raw)) : undefined;
  if (!found) throw new NotFoundError('监控轮次不存在');
  if (!canReadDepartment(actor, found.departmentId)) throw new ForbiddenError('无权查看该部门的监控轮次');
  mustMatch(search, 'year', found.year, '年度');
  mustMatch(search, 'asOf', found.period, '月份');
  mustMatch(search, 'department', found.departmentId, '部门编号');
  const standings = new Map(roundStandings(db, found.id).map((s) => [s.projectId, s]));
  const projectId = projectOf(search);
  if (projectId !== null && !standings.has(projectId)) throw new ValidationError('该项目不在本监控轮次中', { project: ['不在本轮次中'] });
  return {
    params: { year: found.year, asOf: found.period, departmentId: found.departmentId, projectId },
    round: { label: roundLabel(found), deadline: found.deadline, standings },
  };
}

const stateOf = (round: ExportRound, projectId: number) => ROUND_PROJECT_STATE_LABELS[round.standings.get(projectId)?.state ?? 'pending'];
const commentOf = (round: ExportRound, projectId: number) => round.standings.get(projectId)?.comment || '—';

/** The round in a sheet's period line: `2022年7月监控（正式），截止2022年8月15日`. */
export function roundTitle(round: ExportRound): string {
  return `${round.label}，截止${formatDeadline(round.deadline)}`;
}

/** Below a project's table: its state in the round and the latest review comment. */
export function writeRoundStanding(sheet: Worksheet, round: ExportRound, projectId: number, { lastRow, lastColumn }: SheetExtent): void {
  const top = lastRow + 2;
  put(sheet, { top, left: 1 }, '本轮状态', 'label');
  put(sheet, { top, left: 2 }, stateOf(round, projectId), 'center');
  put(sheet, { top, left: 3 }, '审核意见', 'label');
  put(sheet, { top, left: 4, right: lastColumn }, commentOf(round, projectId), 'text');
  sheet.getRow(top).height = rowHeight([[commentOf(round, projectId), 80]]);
}

/** The 轮次汇总 sheet: every project's state and review comment; returned for the caller to commit. */
export function writeRoundSummary(workbook: Workbook, round: ExportRound, title: string, projects: { id: number; seq: number; name: string }[]): Worksheet {
  const sheet = workbook.addWorksheet('轮次汇总');
  sheet.columns = [{ width: 8 }, { width: 44 }, { width: 12 }, { width: 50 }];
  putTitle(sheet, 1, 4, title, 14);
  putTitle(sheet, 2, 4, `（${roundTitle(round)}）`, 10);
  ['序号', '项目名称', '本轮状态', '审核意见'].forEach((label, i) => put(sheet, { top: 3, left: i + 1 }, label, 'label'));
  projects.forEach((p, i) => {
    const cells = [String(p.seq), p.name, stateOf(round, p.id), commentOf(round, p.id)];
    cells.forEach((text, col) => put(sheet, { top: 4 + i, left: col + 1 }, text, col === 1 || col === 3 ? 'text' : 'center'));
    sheet.getRow(4 + i).height = rowHeight([[p.name, 44], [cells[3]!, 50]]);
  });
  return sheet;
}
