import type { Db } from '@/db';
import type { Light, Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { figureProjects } from '../monitoring/figure-projects';
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
  /** The as-of month (by default the last closed one, which owners should have reported by now). */
  period: Period;
  items: InboxItem[];
}

const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, gray: 2, blue: 3, green: 4 };

/**
 * 我的填报: the owner's indicators not reported for the as-of month (the same definition the overview's 填报情况
 * uses), red and yellow first.
 */
export function listInbox(db: Db, actor: Actor, scope: Scope): Inbox {
  const period = scope.asOf;
  if (actor.role !== 'owner') return { period, items: [] };
  const items = figureProjects(db, { budgetYearId: scope.budgetYear.id, ownerId: actor.id }, period).flatMap(({ project, indicators }) =>
    indicators
      .filter(({ evaluation }) => !evaluation.reported)
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
