import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { indicators, projects } from '@/db/schema';
import type { ImportPreview, PreviewIndicator } from '@/lib/target-table';

export interface ImportPlan {
  /** For each preview project, the id of the project it updates, or null for a new one. */
  projectIds: (number | null)[];
  /** For each preview project, for each of its indicators, the id it updates, or null. */
  indicatorIds: (number | null)[][];
  removedProjects: { id: number; name: string }[];
  removedIndicators: { id: number; project: string; name: string }[];
  counts: { newProjects: number; updatedProjects: number; newIndicators: number; updatedIndicators: number };
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
export function planImport(db: Db, budgetYearId: number, preview: ImportPreview): ImportPlan {
  const current = db.select().from(projects).where(eq(projects.budgetYearId, budgetYearId)).orderBy(projects.seq).all();
  const currentByKey = new Map(occurrenceKeys(current.map((p) => p.name)).map((key, i) => [key, current[i]]));
  const projectIds = occurrenceKeys(preview.projects.map((p) => p.name)).map((key) => currentByKey.get(key)?.id ?? null);
  const kept = new Set(projectIds.filter((id): id is number => id != null));
  const removedProjects = current.filter((p) => !kept.has(p.id)).map((p) => ({ id: p.id, name: p.name }));

  // Every indicator of the budget year in one query, grouped once: a filter per project would be quadratic.
  const currentIndicators = new Map<number, { id: number; name: string }[]>();
  const indicatorRows = db
    .select({ id: indicators.id, projectId: indicators.projectId, name: indicators.name })
    .from(indicators)
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .where(eq(projects.budgetYearId, budgetYearId))
    .orderBy(indicators.seq, indicators.id)
    .all();
  for (const { projectId, ...ind } of indicatorRows) {
    if (!kept.has(projectId)) continue;
    const list = currentIndicators.get(projectId);
    if (list) list.push(ind);
    else currentIndicators.set(projectId, [ind]);
  }
  const removedIndicators: ImportPlan['removedIndicators'] = [];
  const indicatorIds = preview.projects.map((project, i) => {
    const projectId = projectIds[i];
    if (projectId == null) return project.indicators.map(() => null);
    const mine = currentIndicators.get(projectId) ?? [];
    const byKey = new Map(occurrenceKeys(mine.map((ind) => ind.name)).map((key, j) => [key, mine[j]]));
    const ids = occurrenceKeys(project.indicators.map((ind) => ind.name)).map((key) => byKey.get(key)?.id ?? null);
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
    counts: {
      newProjects: projectIds.filter((id) => id == null).length,
      updatedProjects: kept.size,
      newIndicators: flat.filter((id) => id == null).length,
      updatedIndicators: flat.filter((id) => id != null).length,
    },
  };
}

function indicatorValues(projectId: number, ind: PreviewIndicator) {
  return {
    projectId,
    seq: ind.seq,
    category: ind.category,
    subcategory: ind.subcategory,
    name: ind.name,
    targetText: ind.targetText,
    targetKind: ind.target.kind,
    comparator: ind.target.comparator,
    targetValue: ind.target.value,
    targetUnit: ind.target.unit,
    direction: ind.target.direction,
    mode: ind.mode,
  };
}

const PROJECT_KEYS = ['budgetYearId', 'seq', 'name', 'total', 'fiscal', 'specialAccount', 'other', 'goal'] as const;
const INDICATOR_KEYS = [
  'projectId', 'seq', 'category', 'subcategory', 'name', 'targetText', 'targetKind', 'comparator', 'targetValue', 'targetUnit', 'direction', 'mode',
] as const;

/** `{ key: ? }` for each key, as SQL so both insert values and update sets take it. */
function placeholders<K extends string>(keys: readonly K[]): Record<K, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(key)}`])) as Record<K, SQL>;
}

/** The four statements of an import, prepared once: building the SQL per row was most of an import's time. */
function prepareStatements(db: Db) {
  return {
    insertProject: db.insert(projects).values(placeholders(PROJECT_KEYS)).prepare(),
    updateProject: db.update(projects).set(placeholders(PROJECT_KEYS)).where(eq(projects.id, sql.placeholder('id'))).prepare(),
    insertIndicator: db.insert(indicators).values(placeholders(INDICATOR_KEYS)).prepare(),
    updateIndicator: db.update(indicators).set(placeholders(INDICATOR_KEYS)).where(eq(indicators.id, sql.placeholder('id'))).prepare(),
  };
}

/** Inserts new rows and updates matched ones; entries of matched indicators are untouched. */
export function applyImport(db: Db, budgetYearId: number, preview: ImportPreview, plan: ImportPlan): void {
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
    };
    let projectId = plan.projectIds[i];
    if (projectId == null) projectId = Number(statements.insertProject.run(values).lastInsertRowid);
    else statements.updateProject.run({ ...values, id: projectId });
    project.indicators.forEach((ind, j) => {
      const id = plan.indicatorIds[i][j];
      const row = indicatorValues(projectId, { ...ind, seq: ind.seq ?? j + 1 });
      if (id == null) statements.insertIndicator.run(row);
      else statements.updateIndicator.run({ ...row, id });
    });
  });
}
