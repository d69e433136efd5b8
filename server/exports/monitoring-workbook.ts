/** The 项目支出绩效目标执行监控表 workbook of one project or a whole department–year, as of a month. */
import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import type { Project } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { ValidationError } from '../errors';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { safeFilename, XLSX_TYPE, type ExportFile } from './export-file';
import type { MonitoringExportParams } from './export-params';
import { resolveExportBudgetYear } from './export-scope';
import { FORM_TITLE, MONITORING_SHEET_OPTIONS, writeMonitoringSheet } from './monitoring-sheet';
import { roundTitle, writeRoundStanding, writeRoundSummary, type ExportRound } from './round-columns';
import { uniqueSheetNames } from './sheet-names';
import { streamWorkbook } from './workbook-stream';

interface Selection {
  projects: Project[];
  departmentName: string;
  filename: string;
  fallbackFilename: string;
}

/** Right checks first: a readable project of that year, or a readable department with that year's table. */
function select(db: Db, actor: Actor, { year, asOf, departmentId, projectId }: MonitoringExportParams): Selection {
  if (projectId !== null) {
    const project = requireReadableProject(db, actor, projectId);
    if (project.year !== year) throw new ValidationError(`该项目属于 ${project.year} 年度，与参数 year=${year} 不符`, { year: ['年度不符'] });
    return {
      projects: [project],
      departmentName: project.departmentName,
      filename: safeFilename(`监控表-${project.name}-${asOf}.xlsx`),
      fallbackFilename: `monitoring-project-${project.id}-${asOf}.xlsx`,
    };
  }
  const budgetYear = resolveExportBudgetYear(db, actor, year, departmentId);
  return {
    projects: listProjectsOfBudgetYear(db, budgetYear.id),
    departmentName: budgetYear.departmentName,
    filename: `监控表-${asOf}.xlsx`,
    fallbackFilename: `monitoring-${asOf}.xlsx`,
  };
}

/**
 * The workbook, streamed: one sheet per project, named `<序号> <项目名称>` within Excel's limits, each project's figures
 * read and its sheet written and committed before the next, so memory does not grow with the department; for a
 * monitoring round, each project's state and review comment too, and a 轮次汇总 sheet first in the department workbook.
 */
export async function buildMonitoringWorkbook(db: Db, actor: Actor, params: MonitoringExportParams, round?: ExportRound): Promise<ExportFile> {
  const { projects, departmentName, filename, fallbackFilename } = select(db, actor, params);
  const settings = loadMonitoringSettings(db);
  const names = uniqueSheetNames(projects.map((p) => `${p.seq} ${p.name}`));
  const title = `${FORM_TITLE}（${departmentName}）`;
  const body = streamWorkbook({ creator: actor.name, title }, async ({ workbook, commitSheet }) => {
    if (round && params.projectId === null) await commitSheet(writeRoundSummary(workbook, round, title, projects));
    for (const [i, project] of projects.entries()) {
      const [evaluated] = evaluateProjects(db, [project], params.asOf, settings);
      const sheet = workbook.addWorksheet(names[i], MONITORING_SHEET_OPTIONS);
      const extent = writeMonitoringSheet(sheet, { evaluated: evaluated!, departmentName, asOf: params.asOf, reasons: settings.deviationReasons, round: round && roundTitle(round) });
      if (round) writeRoundStanding(sheet, round, project.id, extent);
      await commitSheet(sheet);
    }
    if (projects.length === 0) {
      const sheet = workbook.addWorksheet('无项目');
      sheet.getCell(1, 1).value = '该部门本年度没有项目';
      await commitSheet(sheet);
    }
  });
  return { body, filename, fallbackFilename, contentType: XLSX_TYPE };
}
