/**
 * The 自评's steps: the owner submits (the sheet is frozen as submitted), the department's leader approves or returns
 * it with a comment, the administrator reopens an approved (or submitted) one with a reason. Each step: right → input
 * → state → transaction with its 流转记录 row and audit row.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { ensureSelfEvaluation } from '@/db/queries/self-evaluations';
import type { ProjectWithContext } from '@/db/queries/projects';
import { selfEvaluations, type SelfEvaluationRow } from '@/db/schema';
import { submissionProblems } from '@/lib/self-evaluation/edits';
import type { Sheet } from '@/lib/self-evaluation/sheet';
import { SELF_EVALUATION_STATUS_LABELS, type SelfEvaluationEventKind, type SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { ConflictError, SelfEvaluationRefusedError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { addEvent } from './edit-self-evaluation';
import { viewOf, type SelfEvaluationView } from './get-self-evaluation';
import { decisionSchema, parseOrRefuse, reopenSchema } from './self-evaluation-input';
import { refuseUnlessEditable, refuseUnlessStatus, requireEvaluator, requireReopener, requireReviewer } from './self-evaluation-rights';
import { loadProjectSheet } from './sheet-inputs';

interface Step {
  kind: SelfEvaluationEventKind;
  to: SelfEvaluationStatus;
  text: string;
  snapshot: Sheet | null;
  comment: string;
}

/** Moves the evaluation from the state it was read in, unless someone moved it first. */
function move(db: Db, actor: Actor, project: ProjectWithContext, row: SelfEvaluationRow | null, step: Step): SelfEvaluationView {
  db.transaction((tx) => {
    const at = new Date().toISOString();
    const current = row ?? ensureSelfEvaluation(tx, project.id, actor.id, at);
    const { changes } = tx
      .update(selfEvaluations)
      .set({ status: step.to, snapshot: step.snapshot, comment: step.comment, updatedBy: actor.id, updatedAt: at })
      .where(and(eq(selfEvaluations.id, current.id), eq(selfEvaluations.status, current.status)))
      .run();
    if (changes !== 1) throw new ConflictError('该自评已被他人处理，请刷新后查看');
    addEvent(tx, current.id, actor, step.kind, step.text, at);
    const after = { status: step.to, comment: step.comment, ...(step.snapshot && { total: step.snapshot.total, grade: step.snapshot.grade }) };
    recordAudit(tx, { actor, action: `self-evaluation.${step.kind}`, entity: 'project', entityId: project.id, before: { status: current.status }, after });
  });
  return viewOf(db, actor, project);
}

function load(db: Db, actor: Actor, projectId: number) {
  const project = requireReadableProject(db, actor, projectId);
  return { project, settings: loadMonitoringSettings(db) };
}

/** 提交: refused, listing what is missing, while a line below its weight (or the budget line) has no analysis. */
export function submitSelfEvaluation(db: Db, actor: Actor, projectId: number): SelfEvaluationView {
  const { project, settings } = load(db, actor, projectId);
  requireEvaluator(db, actor, project);
  const loaded = loadProjectSheet(db, project, project.year, settings);
  refuseUnlessEditable(loaded.row);
  const problems = submissionProblems(loaded.sheet);
  if (problems.length > 0) throw new SelfEvaluationRefusedError(`尚不能提交：${problems.join('；')}`, { submit: problems }, problems);
  const text = `总分 ${loaded.sheet.total.toFixed(2)}，等级 ${loaded.sheet.grade}`;
  return move(db, actor, project, loaded.row, { kind: 'submit', to: 'submitted', text, snapshot: loaded.sheet, comment: '' });
}

function decide(db: Db, actor: Actor, projectId: number, body: unknown, decision: 'approve' | 'return'): SelfEvaluationView {
  const { project, settings } = load(db, actor, projectId);
  requireReviewer(actor, project);
  const { comment } = parseOrRefuse(decisionSchema(settings.noteMaxLength, decision === 'return'), body);
  const loaded = loadProjectSheet(db, project, project.year, settings);
  refuseUnlessStatus(loaded.row, ['submitted'], decision === 'approve' ? '审核通过（须为已提交）' : '退回（须为已提交）');
  const to = decision === 'approve' ? 'approved' : 'returned';
  const text = comment || SELF_EVALUATION_STATUS_LABELS[to];
  // A returned evaluation is worked out from the data again; an approved one keeps the sheet as submitted.
  return move(db, actor, project, loaded.row, { kind: decision, to, text, snapshot: decision === 'approve' ? loaded.row!.snapshot : null, comment });
}

export const approveSelfEvaluation = (db: Db, actor: Actor, projectId: number, body: unknown) => decide(db, actor, projectId, body, 'approve');
export const returnSelfEvaluation = (db: Db, actor: Actor, projectId: number, body: unknown) => decide(db, actor, projectId, body, 'return');

/** 重新打开: the administrator sends a submitted or approved evaluation back to its owner, with a reason. */
export function reopenSelfEvaluation(db: Db, actor: Actor, projectId: number, body: unknown): SelfEvaluationView {
  const { project, settings } = load(db, actor, projectId);
  requireReopener(actor);
  const { reason } = parseOrRefuse(reopenSchema(settings.noteMaxLength), body);
  const loaded = loadProjectSheet(db, project, project.year, settings);
  refuseUnlessStatus(loaded.row, ['submitted', 'approved'], '重新打开（须为已提交或已通过）');
  return move(db, actor, project, loaded.row, { kind: 'reopen', to: 'returned', text: reason, snapshot: null, comment: reason });
}
