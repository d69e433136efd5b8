/** The JSON shapes of the REST API v1 (see openapi.json): projects, indicators, entries. */
import type { EntryWithAuthor } from '@/db/queries/indicators';
import type { Project } from '@/db/schema';
import type { Light, Period } from '@/lib/monitoring/types';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import type { Target } from '@/lib/target-value/types';
import { targetOf } from '../monitoring/indicator-target';
import type { IndicatorDetail, ProjectDetail } from '../projects/get-project-detail';
import { targetChangeJson, type TargetChangeJson } from './target-change-json';

/** 万元. */
export interface AmountsJson {
  total: number | null;
  fiscal: number | null;
  specialAccount: number | null;
  other: number | null;
}

export interface ProjectJson {
  id: number;
  name: string;
  amounts: AmountsJson;
  /** Usernames of the project's 项目负责人. */
  owners: string[];
  light: Light;
  budgetLight: Light;
  /** 执行率 as a fraction (0.85), null without execution or total. */
  executionRate: number | null;
  indicatorCount: number;
}

export interface EntryJson {
  /** The entry's version: send it back as `If-Match: "<id>"` to replace only what you read. */
  id: number;
  period: Period;
  value: number | null;
  status: string | null;
  unit: string | null;
  forecast: number | null;
  reasons: string[];
  explanation: string;
  possibility: string | null;
  note: string;
  by: string;
  at: string;
}

export interface IndicatorJson {
  id: number;
  seq: number;
  category: string | null;
  name: string;
  targetText: string;
  /** The approved target: a pending change does not count until it is approved. */
  target: Target;
  mode: 'cumulative' | 'level';
  /** 计划完成月份: nothing is expected before it, the whole target from it on. */
  plannedPeriod: Period | null;
  pendingTargetChange: TargetChangeJson | null;
  /** In the target's unit; the latest status for a qualitative indicator. */
  actual: number | string | null;
  expected: number | null;
  /** actual / expected as a fraction. */
  ratio: number | null;
  light: Light;
  met: boolean | null;
  stale: boolean;
  entries: EntryJson[];
}

export type ProjectDetailJson = ProjectJson & { indicators: IndicatorJson[] };

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
