import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db';
import { indicators, projects, type Indicator } from '@/db/schema';
import type { ImportPreview, PreviewIndicator } from '@/lib/target-table';
import { correctionOutcome, parsedTarget, storedTarget, type ModeChange, type ModeDecision, type TargetColumns, type TargetConflict, type TargetDecision } from './target-corrections';

export interface ImportPlan {
  /** For each preview project, the id of the project it updates, or null for a new one. */
  projectIds: (number | null)[];
  /** For each preview project, for each of its indicators, the id it updates, or null. */
  indicatorIds: (number | null)[][];
  removedProjects: { id: number; name: string }[];
  removedIndicators: { id: number; project: string; name: string }[];
  /** Corrected targets kept because the table writes the same 年度指标值, by indicator id. */
  keptCorrections: Map<number, TargetColumns>;
  /** Corrected targets whose 年度指标值 the table now writes differently. */
  targetConflicts: TargetConflict[];
  /** Uncorrected indicators the table reads in another measure mode: offered, not applied unless accepted. */
  modeChanges: ModeChange[];
  counts: { newProjects: number; updatedProjects: number; newIndicators: number; updatedIndicators: number; keptCorrections: number };
}

/** Names may repeat (two 工作经费 projects): the n-th occurrence matches the n-th occurrence. */
function occurrenceKeys(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name}#${n}`;
  });
}

/** Matches a re-imported table against what the budget year holds, by name. */
export function planImport(db: DbOrTx, budgetYearId: number, preview: ImportPreview): ImportPlan {
  const current = db.select().from(projects).where(eq(projects.budgetYearId, budgetYearId)).orderBy(projects.seq).all();
  const currentByKey = new Map(occurrenceKeys(current.map((p) => p.name)).map((key, i) => [key, current[i]]));
  const projectIds = occurrenceKeys(preview.projects.map((p) => p.name)).map((key) => currentByKey.get(key)?.id ?? null);
  const kept = new Set(projectIds.filter((id): id is number => id != null));
  const removedProjects = current.filter((p) => !kept.has(p.id)).map((p) => ({ id: p.id, name: p.name }));

  // Every indicator of the budget year in one query, grouped once: a filter per project would be quadratic.
  const currentIndicators = new Map<number, Indicator[]>();
  const indicatorRows = db
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .where(eq(projects.budgetYearId, budgetYearId))
    .orderBy(indicators.seq, indicators.id)
    .all();
  for (const { indicator: ind } of indicatorRows) {
    if (!kept.has(ind.projectId)) continue;
    const list = currentIndicators.get(ind.projectId);
    if (list) list.push(ind);
    else currentIndicators.set(ind.projectId, [ind]);
  }
  const removedIndicators: ImportPlan['removedIndicators'] = [];
  const keptCorrections = new Map<number, TargetColumns>();
  const targetConflicts: TargetConflict[] = [];
  const modeChanges: ModeChange[] = [];
  const indicatorIds = preview.projects.map((project, i) => {
    const projectId = projectIds[i];
    if (projectId == null) return project.indicators.map(() => null);
    const mine = currentIndicators.get(projectId) ?? [];
    const byKey = new Map(occurrenceKeys(mine.map((ind) => ind.name)).map((key, j) => [key, mine[j]]));
    const matches = occurrenceKeys(project.indicators.map((ind) => ind.name)).map((key) => byKey.get(key) ?? null);
    matches.forEach((row, j) => {
      const outcome = row ? correctionOutcome(row, project.indicators[j]) : 'table';
      if (row && outcome === 'keep') keptCorrections.set(row.id, storedTarget(row));
      if (row && outcome === 'conflict') {
        targetConflicts.push({ indicatorId: row.id, project: project.name, name: row.name, corrected: storedTarget(row), table: parsedTarget(project.indicators[j]) });
      }
      if (row && outcome === 'table' && row.mode !== project.indicators[j].mode) {
        modeChanges.push({ indicatorId: row.id, project: project.name, name: row.name, from: row.mode, to: project.indicators[j].mode });
      }
    });
    const ids = matches.map((row) => row?.id ?? null);
    const matched = new Set(ids);
    for (const ind of mine) if (!matched.has(ind.id)) removedIndicators.push({ id: ind.id, project: project.name, name: ind.name });
    return ids;
  });

  const flat = indicatorIds.flat();
  return {
    projectIds,
    indicatorIds,
    removedProjects,
    removedIndicators,
    keptCorrections,
    targetConflicts,
    modeChanges,
    counts: {
      newProjects: projectIds.filter((id) => id == null).length,
      updatedProjects: kept.size,
      newIndicators: flat.filter((id) => id == null).length,
      updatedIndicators: flat.filter((id) => id != null).length,
      keptCorrections: keptCorrections.size,
    },
  };
}

/** The row of a preview indicator; a kept correction keeps its structured target (and stays marked as corrected). */
function indicatorValues(projectId: number, ind: PreviewIndicator, corrected: TargetColumns | undefined) {
  const target = corrected ? { ...corrected, targetText: ind.targetText } : parsedTarget(ind);
  return { projectId, seq: ind.seq, category: ind.category, subcategory: ind.subcategory, name: ind.name, ...target, weight: ind.weight ?? null, targetCorrectedAt: null };
}

const PROJECT_KEYS = ['budgetYearId', 'seq', 'name', 'total', 'fiscal', 'specialAccount', 'other', 'goal', 'period', 'implementingUnit'] as const;
const INDICATOR_KEYS = [
  'projectId', 'seq', 'category', 'subcategory', 'name', 'targetText', 'targetKind', 'comparator', 'targetValue', 'targetUnit', 'direction', 'mode', 'weight',
] as const;
const CORRECTION_KEYS = [...INDICATOR_KEYS, 'targetCorrectedAt'] as const;

/** `{ key: ? }` for each key, as SQL so both insert values and update sets take it. */
function placeholders<K extends string>(keys: readonly K[]): Record<K, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(key)}`])) as Record<K, SQL>;
}

/** The four statements of an import, prepared once: building the SQL per row was most of an import's time. */
function prepareStatements(db: DbOrTx) {
  return {
    insertProject: db.insert(projects).values(placeholders(PROJECT_KEYS)).prepare(),
    updateProject: db.update(projects).set(placeholders(PROJECT_KEYS)).where(eq(projects.id, sql.placeholder('id'))).prepare(),
    insertIndicator: db.insert(indicators).values(placeholders(INDICATOR_KEYS)).prepare(),
    /** The table's reading (no longer marked as corrected). */
    updateIndicator: db.update(indicators).set(placeholders(CORRECTION_KEYS)).where(eq(indicators.id, sql.placeholder('id'))).prepare(),
    /** A kept correction: the mark and when it was made stay. */
    updateCorrectedIndicator: db.update(indicators).set(placeholders(INDICATOR_KEYS)).where(eq(indicators.id, sql.placeholder('id'))).prepare(),
  };
}

/**
 * Inserts new rows and updates matched ones; entries of matched indicators are untouched. Corrected targets are kept
 * (plan.keptCorrections, and conflicts decided `keep`); a conflict decided `table` takes the table's reading. An
 * offered mode change not accepted keeps the stored mode.
 */
export function applyImport(
  db: DbOrTx,
  budgetYearId: number,
  preview: ImportPreview,
  plan: ImportPlan,
  decisions: Record<string, TargetDecision> = {},
  modeDecisions: Record<string, ModeDecision> = {},
): void {
  const corrections = new Map(plan.keptCorrections);
  for (const conflict of plan.targetConflicts) if (decisions[conflict.indicatorId] !== 'table') corrections.set(conflict.indicatorId, conflict.corrected);
  const keptModes = new Map(plan.modeChanges.filter((c) => modeDecisions[c.indicatorId] !== 'accept').map((c) => [c.indicatorId, c.from]));
  const statements = prepareStatements(db);
  preview.projects.forEach((project, i) => {
    const values = {
      budgetYearId,
      seq: i + 1,
      name: project.name,
      total: project.amounts.total,
      fiscal: project.amounts.fiscal,
      specialAccount: project.amounts.specialAccount,
      other: project.amounts.other,
      goal: project.goal,
      period: project.period ?? null,
      implementingUnit: project.executor ?? null,
    };
    let projectId = plan.projectIds[i];
    if (projectId == null) projectId = Number(statements.insertProject.run(values).lastInsertRowid);
    else statements.updateProject.run({ ...values, id: projectId });
    project.indicators.forEach((ind, j) => {
      const id = plan.indicatorIds[i][j];
      const corrected = id == null ? undefined : corrections.get(id);
      const { targetCorrectedAt, ...row } = indicatorValues(projectId, { ...ind, seq: ind.seq ?? j + 1, mode: (id != null && keptModes.get(id)) || ind.mode }, corrected);
      if (id == null) statements.insertIndicator.run(row);
      else if (corrected) statements.updateCorrectedIndicator.run({ ...row, id });
      else statements.updateIndicator.run({ ...row, targetCorrectedAt, id });
    });
  });
}
