import type { Db } from '@/db';
import { listProjectsOwnedBy } from '@/db/queries/projects';
import { lastClosedPeriod } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import type { Scope } from '../scope/resolve-scope';

export interface InboxItem {
  projectId: number;
  projectName: string;
  indicatorId: number;
  indicatorName: string;
  targetText: string;
  light: Light;
  latestPeriod: Period | null;
}

export interface Inbox {
  /** The last closed month: the one owners should have reported by now. */
  period: Period;
  items: InboxItem[];
}

const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, gray: 2, blue: 3, green: 4 };

/** 我的填报: the owner's indicators with no entry for the last closed month, red and yellow first. */
export function listInbox(db: Db, actor: Actor, scope: Scope, today = new Date()): Inbox {
  const period = lastClosedPeriod(today, scope.budgetYear.year);
  if (actor.role !== 'owner') return { period, items: [] };
  const projects = listProjectsOwnedBy(db, actor.id, scope.budgetYear.id);
  const items = evaluateProjects(db, projects, period).flatMap(({ project, indicators }) =>
    indicators
      .filter(({ entries }) => !entries.some((e) => e.period === period))
      .map(({ indicator, evaluation }) => ({
        projectId: project.id,
        projectName: project.name,
        indicatorId: indicator.id,
        indicatorName: indicator.name,
        targetText: indicator.targetText,
        light: evaluation.light,
        latestPeriod: evaluation.latestPeriod,
      })),
  );
  return { period, items: items.sort((a, b) => LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light]) };
}
