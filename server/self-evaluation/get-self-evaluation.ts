import type { Db } from '@/db';
import type { ProjectWithContext } from '@/db/queries/projects';
import { listSelfEvaluationEvents, type SelfEvaluationEventWithUser } from '@/db/queries/self-evaluations';
import { periodOfDate, toPeriod } from '@/lib/monitoring/period';
import type { MonitoringSettings } from '@/lib/monitoring/settings';
import type { SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { rightsOf, type SelfEvaluationRights } from './self-evaluation-rights';
import { loadProjectSheet, type ProjectSheet } from './sheet-inputs';

export interface SelfEvaluationView extends ProjectSheet {
  project: ProjectWithContext;
  status: SelfEvaluationStatus;
  goalActual: string;
  comment: string;
  events: SelfEvaluationEventWithUser[];
  /** The budget year's last month has come: before that the page is a preview. */
  yearEnded: boolean;
  rights: SelfEvaluationRights;
  settings: MonitoringSettings;
}

/** The project's 自评 as the actor may read it. */
export function getSelfEvaluation(db: Db, actor: Actor, projectId: number, today = new Date()): SelfEvaluationView {
  const project = requireReadableProject(db, actor, projectId);
  return viewOf(db, actor, project, today);
}

export function viewOf(db: Db, actor: Actor, project: ProjectWithContext, today = new Date()): SelfEvaluationView {
  const settings = loadMonitoringSettings(db);
  const loaded = loadProjectSheet(db, project, project.year, settings);
  const status = loaded.row?.status ?? 'draft';
  return {
    ...loaded,
    project,
    status,
    goalActual: loaded.row?.goalActual ?? '',
    comment: loaded.row?.comment ?? '',
    events: loaded.row ? listSelfEvaluationEvents(db, loaded.row.id) : [],
    yearEnded: periodOfDate(today) >= toPeriod(project.year, 12),
    rights: rightsOf(db, actor, project, status),
    settings,
  };
}
