/** The JSON of the REST API v1: projects, indicators, entries, in the shapes schemas/project.ts declares. */
import type { EntryWithAuthor } from '@/db/queries/indicators';
import type { BudgetExecution, Project } from '@/db/schema';
import type { Period } from '@/lib/monitoring/types';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import { targetOf } from '../monitoring/indicator-target';
import type { IndicatorDetail, ProjectDetail } from '../projects/get-project-detail';
import type { AmountsJson, EntryJson, ExecutionJson, IndicatorJson, ProjectDetailJson, ProjectJson } from './schemas/project';
import { targetChangeJson } from './target-change-json';

export function amountsJson(project: Pick<Project, 'total' | 'fiscal' | 'specialAccount' | 'other'>): AmountsJson {
  return { total: project.total, fiscal: project.fiscal, specialAccount: project.specialAccount, other: project.other };
}

/** A row of the project list, with the amounts the list rows do not carry. */
export function projectRowJson(row: ProjectRow, amounts: AmountsJson): ProjectJson {
  return {
    id: row.id,
    name: row.name,
    amounts,
    owners: row.owners.map((o) => o.username),
    light: row.light,
    budgetLight: row.budgetLight,
    executionRate: row.executionRate,
    indicatorCount: row.indicatorCount,
  };
}

export function entryJson(entry: EntryWithAuthor): EntryJson {
  return {
    id: entry.id,
    period: entry.period,
    value: entry.value,
    status: entry.status,
    unit: entry.unit,
    forecast: entry.forecast,
    reasons: entry.reasons,
    explanation: entry.explanation,
    possibility: entry.possibility,
    note: entry.note,
    by: entry.username,
    at: entry.createdAt,
  };
}

/** One indicator as of `asOf`: its evaluation and the current entry of each month up to then, oldest first. */
export function indicatorJson({ indicator, evaluation, history, pendingTargetChange }: IndicatorDetail, asOf: Period): IndicatorJson {
  const target = targetOf(indicator);
  const current = history
    .filter((e) => e.supersededAt === null && e.period <= asOf)
    .sort((a, b) => a.period.localeCompare(b.period) || a.id - b.id);
  return {
    id: indicator.id,
    seq: indicator.seq,
    category: indicator.category,
    name: indicator.name,
    targetText: indicator.targetText,
    target,
    mode: indicator.mode,
    plannedPeriod: indicator.plannedPeriod,
    pendingTargetChange: pendingTargetChange && targetChangeJson(pendingTargetChange),
    actual: target.kind === 'qualitative' ? evaluation.status : evaluation.actual,
    expected: evaluation.expected,
    ratio: evaluation.ratio,
    light: evaluation.light,
    met: evaluation.met,
    stale: evaluation.stale,
    entries: current.map(entryJson),
  };
}

export function projectDetailJson(detail: ProjectDetail): ProjectDetailJson {
  const { project, owners, light, budget, indicators, asOf } = detail;
  return {
    id: project.id,
    name: project.name,
    amounts: amountsJson(project),
    owners: owners.map((o) => o.username),
    light,
    budgetLight: budget.light,
    executionRate: budget.executionRate,
    indicatorCount: indicators.length,
    indicators: indicators.map((i) => indicatorJson(i, asOf)),
  };
}

export function executionJson(execution: Pick<BudgetExecution, 'id' | 'period' | 'amount' | 'createdAt'>): ExecutionJson {
  return { id: execution.id, period: execution.period, amount: execution.amount, at: execution.createdAt };
}
