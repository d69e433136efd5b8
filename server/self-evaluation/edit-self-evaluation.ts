/**
 * The owner's changes to a 自评: one line (不适用, a qualitative score inside its band, the analysis) or the
 * evaluation's own fields. Order: right to the project → its indicator → input → state → rules → transaction + audit.
 */
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db';
import { ensureSelfEvaluation, upsertSelfEvaluationLine } from '@/db/queries/self-evaluations';
import { selfEvaluationEvents, selfEvaluations } from '@/db/schema';
import type { NumberSource } from '@/lib/forms/number-schema';
import { describeLineChange, resolveLineEdit } from '@/lib/self-evaluation/edits';
import { buildSheet } from '@/lib/self-evaluation/sheet';
import type { SelfEvaluationEventKind } from '@/lib/self-evaluation/vocabulary';
import { formatWan } from '@/lib/format/number';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { NotFoundError, SelfEvaluationRefusedError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { viewOf, type SelfEvaluationView } from './get-self-evaluation';
import { lineEditSchema, parseOrRefuse, summarySchema } from './self-evaluation-input';
import { refuseUnlessEditable, requireEvaluator } from './self-evaluation-rights';
import { loadProjectSheet } from './sheet-inputs';

interface Options {
  numbers?: NumberSource;
}

export function addEvent(tx: DbOrTx, evaluationId: number, actor: Actor, kind: SelfEvaluationEventKind, text: string, at: string, indicatorId: number | null = null): void {
  tx.insert(selfEvaluationEvents).values({ evaluationId, kind, indicatorId, text, userId: actor.id, at }).run();
}

function loadForEdit(db: Db, actor: Actor, projectId: number) {
  const project = requireReadableProject(db, actor, projectId);
  requireEvaluator(db, actor, project);
  const settings = loadMonitoringSettings(db);
  return { project, settings, loaded: loadProjectSheet(db, project, project.year, settings) };
}

export function updateSelfEvaluationLine(db: Db, actor: Actor, projectId: number, indicatorId: number, body: unknown, { numbers = 'json' }: Options = {}): SelfEvaluationView {
  const { project, settings, loaded } = loadForEdit(db, actor, projectId);
  const index = loaded.input.lines.findIndex((l) => l.indicatorId === indicatorId);
  if (index < 0) throw new NotFoundError('该项目没有这个指标');
  const request = parseOrRefuse(lineEditSchema(numbers, settings.noteMaxLength), body);
  refuseUnlessEditable(loaded.row);
  const resolved = resolveLineEdit(loaded.input, indicatorId, request);
  if (!resolved.ok) throw new SelfEvaluationRefusedError(resolved.message, { [resolved.field]: [resolved.message] });

  const before = loaded.input.lines[index]!;
  const after = { ...loaded.input, lines: loaded.input.lines.map((l, i) => (i === index ? { ...l, edit: resolved.edit } : l)) };
  const afterLine = buildSheet(after).lines[index]!;
  db.transaction((tx) => {
    const at = new Date().toISOString();
    const row = ensureSelfEvaluation(tx, project.id, actor.id, at);
    upsertSelfEvaluationLine(tx, { evaluationId: row.id, indicatorId, ...resolved.edit });
    tx.update(selfEvaluations).set({ updatedBy: actor.id, updatedAt: at }).where(eq(selfEvaluations.id, row.id)).run();
    const moved = before.edit.notApplicable !== resolved.edit.notApplicable || before.edit.qualitativeShare !== resolved.edit.qualitativeShare || before.edit.reason !== resolved.edit.reason;
    if (moved) addEvent(tx, row.id, actor, 'edit', `「${before.name}」${describeLineChange(afterLine) ?? '恢复为草稿得分'}`, at, indicatorId);
    if (before.edit.analysis !== resolved.edit.analysis) addEvent(tx, row.id, actor, 'edit', `「${before.name}」修改偏差原因分析及改进措施`, at, indicatorId);
    recordAudit(tx, { actor, action: 'self-evaluation.line', entity: 'indicator', entityId: indicatorId, before: before.edit, after: { ...resolved.edit, score: afterLine.score, draftScore: afterLine.draftScore } });
  });
  return viewOf(db, actor, project);
}

export function updateSelfEvaluationSummary(db: Db, actor: Actor, projectId: number, body: unknown, { numbers = 'json' }: Options = {}): SelfEvaluationView {
  const { project, settings, loaded } = loadForEdit(db, actor, projectId);
  const fields = parseOrRefuse(summarySchema(numbers, settings.noteMaxLength), body);
  refuseUnlessEditable(loaded.row);
  const before = { adjustedBudget: loaded.row?.adjustedBudget ?? null, goalActual: loaded.row?.goalActual ?? '', budgetAnalysis: loaded.row?.budgetAnalysis ?? '' };
  db.transaction((tx) => {
    const at = new Date().toISOString();
    const row = ensureSelfEvaluation(tx, project.id, actor.id, at);
    tx.update(selfEvaluations).set({ ...fields, updatedBy: actor.id, updatedAt: at }).where(eq(selfEvaluations.id, row.id)).run();
    if (before.adjustedBudget !== fields.adjustedBudget) {
      addEvent(tx, row.id, actor, 'edit', `全年预算数 ${formatWan(before.adjustedBudget ?? project.total)} → ${formatWan(fields.adjustedBudget ?? project.total)} 万元`, at);
    }
    if (before.goalActual !== fields.goalActual) addEvent(tx, row.id, actor, 'edit', '修改年度总体目标实际完成情况', at);
    if (before.budgetAnalysis !== fields.budgetAnalysis) addEvent(tx, row.id, actor, 'edit', '修改预算执行偏差原因分析', at);
    recordAudit(tx, { actor, action: 'self-evaluation.update', entity: 'project', entityId: project.id, before, after: fields });
  });
  return viewOf(db, actor, project);
}
