import type { DbOrTx } from '@/db';
import { budgetExecutions, entries, indicators, projectOwners, projects } from '@/db/schema';
import { eq, inArray } from 'drizzle-orm';
import { periodsOfYear, POSSIBILITIES, QUALITATIVE_STATUSES, type QualitativeStatus } from '@/lib/monitoring';

/** How an indicator's demo story goes: on track, behind, far behind, or ahead. */
const PACES = [1, 1, 1, 0.92, 1.05, 0.7, 1, 0.45, 1.35, 1] as const;
const [MET, PARTLY_MET, NOT_MET] = QUALITATIVE_STATUSES;
export const [, LIKELY] = POSSIBILITIES;

/** The status a qualitative indicator at this pace reports. */
export function demoStatus(pace: number): QualitativeStatus {
  return pace < 0.5 ? NOT_MET : pace < 0.8 ? PARTLY_MET : MET;
}

/** A small deterministic hash, so the demo looks the same on every machine. */
function pick(seed: number, modulo: number): number {
  return Math.abs(Math.imul(seed ^ 0x9e3779b9, 2654435761) >>> 0) % modulo;
}

const roundLike = (value: number, target: number) => (Number.isInteger(target) ? Math.round(value) : Math.round(value * 100) / 100);

/**
 * Demo activity for a budget year: monthly entries and cumulative budget execution by each project's owner, for the
 * whole year except that about one indicator in five has December still to report (so 我的填报 has work and the
 * overview's 填报情况 tells a true story).
 */
export function seedDemoActivity(db: DbOrTx, budgetYearId: number, year: number): void {
  const rows = db.select().from(projects).where(eq(projects.budgetYearId, budgetYearId)).all();
  const owners = new Map(db.select().from(projectOwners).where(inArray(projectOwners.projectId, rows.map((p) => p.id))).all().map((o) => [o.projectId, o.userId]));
  const months = periodsOfYear(year);
  const at = (period: string) => `${period}-28T09:00:00.000Z`;
  for (const project of rows) {
    const userId = owners.get(project.id);
    if (!userId) continue;
    const pace = 0.55 + pick(project.id * 7, 55) / 100;
    months.forEach((period, m) => {
      const amount = Math.round(Math.min(1, ((m + 1) / 12) * pace) * (project.total ?? 0) * 100) / 100;
      db.insert(budgetExecutions).values({ projectId: project.id, period, amount, userId, createdAt: at(period) }).run();
    });
    for (const indicator of db.select().from(indicators).where(eq(indicators.projectId, project.id)).all()) {
      const pace = PACES[pick(indicator.id, PACES.length)];
      const lagging = pace < 0.8;
      const explanation = lagging
        ? { reasons: ['人员保障'], explanation: '上半年人员调整，工作推进滞后，下半年加快进度', possibility: LIKELY }
        : {};
      const lateInDecember = pick(indicator.id * 3, 5) === 0;
      months.forEach((period, m) => {
        if (m === 11 && lateInDecember) return;
        const value = demoValue(indicator, pace, m + 1);
        if (value === undefined) return;
        db.insert(entries)
          .values({ indicatorId: indicator.id, period, ...value, unit: value.value == null ? null : indicator.targetUnit, ...explanation, userId, createdAt: at(period) })
          .run();
      });
    }
  }
}

type DemoIndicator = typeof indicators.$inferSelect;

function demoValue(indicator: DemoIndicator, pace: number, month: number) {
  const target = indicator.targetValue;
  if (indicator.targetKind === 'qualitative') {
    return { value: null, status: demoStatus(pace) };
  }
  if (target == null) return undefined;
  if (indicator.direction === 'lower') return { value: pace < 0.5 ? roundLike(target * 1.5 + 1, target) : roundLike(target * 0.5, target), status: null };
  if (indicator.mode === 'level') {
    const level = target * Math.min(pace, indicator.targetUnit === '%' ? 100 / Math.max(target, 1) : pace);
    return { value: roundLike(level, target), status: null };
  }
  const upTo = (m: number) => roundLike((target * pace * m) / 12, target);
  return { value: upTo(month) - upTo(month - 1), status: null };
}

