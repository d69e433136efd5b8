/** The 自评表 of projects from the year's data: the last month's actuals and 执行数, and the stored edits. */
import type { Db, DbOrTx } from '@/db';
import { listSelfEvaluationLines, listSelfEvaluationsOf } from '@/db/queries/self-evaluations';
import type { Indicator, Project, SelfEvaluationRow } from '@/db/schema';
import { toPeriod } from '@/lib/monitoring/period';
import type { MonitoringSettings } from '@/lib/monitoring/settings';
import { scoringCategory } from '@/lib/self-evaluation/category';
import { buildSheet, EMPTY_LINE_EDIT, type Sheet, type SheetInput } from '@/lib/self-evaluation/sheet';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import { targetOf } from '../monitoring/indicator-target';
import { countLineEvidence } from './evidence';

export interface ProjectSheet {
  project: Project;
  indicators: Indicator[];
  row: SelfEvaluationRow | null;
  input: SheetInput;
  /** The submitted snapshot once submitted or approved; else worked out now from the data and the settings. */
  sheet: Sheet;
  live: boolean;
}

/** Every project's sheet input and sheet, three queries for the figures, two for the edits and one for the evidence. */
export function loadProjectSheets(db: Db, projects: Project[], year: number, settings: MonitoringSettings): ProjectSheet[] {
  const evaluated = evaluateProjects(db, projects, toPeriod(year, 12), settings);
  const rows = new Map(listSelfEvaluationsOf(db, projects.map((p) => p.id)).map((r) => [r.projectId, r]));
  const lines = listSelfEvaluationLines(db, [...rows.values()].map((r) => r.id));
  const evidence = countLineEvidence(db, projects.map((p) => p.id), year);
  return evaluated.map(({ project, indicators, budget }) => {
    const row = rows.get(project.id) ?? null;
    const edits = new Map(lines.filter((l) => l.evaluationId === row?.id).map((l) => [l.indicatorId, l]));
    const input: SheetInput = {
      initialBudget: project.total,
      adjustedBudget: row?.adjustedBudget ?? null,
      executed: budget.executed,
      budgetAnalysis: row?.budgetAnalysis ?? '',
      settings,
      lines: indicators.map(({ indicator, evaluation }) => {
        const edit = edits.get(indicator.id);
        return {
          indicatorId: indicator.id,
          name: indicator.name,
          category: scoringCategory(indicator.category),
          target: targetOf(indicator),
          actual: evaluation.actual,
          status: evaluation.status,
          weight: indicator.weight,
          edit: edit ? { notApplicable: edit.notApplicable, qualitativeShare: edit.qualitativeShare, reason: edit.reason, analysis: edit.analysis } : EMPTY_LINE_EDIT,
          evidenceCount: evidence.get(indicator.id) ?? 0,
        };
      }),
    };
    const frozen = row?.snapshot && (row.status === 'submitted' || row.status === 'approved') ? row.snapshot : null;
    return { project, indicators: indicators.map((i) => i.indicator), row, input, sheet: frozen ?? buildSheet(input), live: frozen === null };
  });
}

/** One project's sheet, inside a transaction or not. */
export function loadProjectSheet(db: Db | DbOrTx, project: Project, year: number, settings: MonitoringSettings): ProjectSheet {
  return loadProjectSheets(db as Db, [project], year, settings)[0]!;
}
