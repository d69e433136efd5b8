/**
 * The evaluator's changes to a 自评 line and what a submission needs (DOMAIN.md §6): a qualitative score only inside
 * its band, a reason for every change from the draft, an analysis wherever a line scores below its weight.
 */
import { formatScore } from '../format/score';
import { qualitativeBandPoints } from '../monitoring/scoring';
import { buildSheet, type LineEdit, type Sheet, type SheetInput, type SheetLine } from './sheet';

/** A line edit as the form or the API sends it: `score` in points (qualitative only), null to keep the draft's. */
export interface LineEditRequest {
  notApplicable: boolean;
  reason: string;
  score: number | null;
  analysis: string;
}

export type LineEditResult = { ok: true; edit: LineEdit } | { ok: false; field: keyof LineEditRequest; message: string };


/**
 * Checks a line edit against the evaluation it would be part of (a line's weight depends on which others are
 * 不适用) and turns a picked score into its share of the weight.
 */
export function resolveLineEdit(input: SheetInput, indicatorId: number, request: LineEditRequest): LineEditResult {
  const index = input.lines.findIndex((l) => l.indicatorId === indicatorId);
  const line = input.lines[index]!;
  const refuse = (field: keyof LineEditRequest, message: string): LineEditResult => ({ ok: false, field, message: `「${line.name}」${message}` });
  let share: number | null = null;
  if (request.score !== null) {
    if (request.notApplicable) return refuse('score', '标记为不适用时不能填写得分');
    if (line.target.kind !== 'qualitative') return refuse('score', '是定量指标，得分按实际完成值计算，不能调整');
    if (line.status === null) return refuse('score', '尚未填报完成情况，不能调整得分');
    const tentative = { ...input, lines: input.lines.map((l, i) => (i === index ? { ...l, edit: { ...l.edit, notApplicable: false, qualitativeShare: null } } : l)) };
    // As drafted at the weight it has now (other lines may be 不适用): the band’s middle.
    const { weight, score: midBand } = buildSheet(tentative).lines[index]!;
    const band = qualitativeBandPoints(line.status, weight);
    if (!(request.score >= band.min - 1e-9 && request.score <= band.max + 1e-9)) {
      return refuse('score', `为“${line.status}”，分值 ${formatScore(weight)}，得分应在 ${formatScore(band.min)}–${formatScore(band.max)} 之间（收到 ${request.score}）`);
    }
    if (Math.abs(request.score - (midBand ?? 0)) > 1e-9) share = weight > 0 ? request.score / weight : null;
  }
  const reason = request.reason.trim();
  if (request.notApplicable && reason === '') return refuse('reason', '标记为不适用时请填写理由');
  if (share !== null && reason === '') return refuse('reason', '调整得分时请填写理由');
  return { ok: true, edit: { notApplicable: request.notApplicable, qualitativeShare: share, reason, analysis: request.analysis.trim() } };
}

/** `草稿 9.00 → 8.00，理由：…` or `草稿 9.00 → 不适用，理由：…`; null for a line as drafted. */
export function describeLineChange(line: Pick<SheetLine, 'changed' | 'draftScore' | 'score' | 'notApplicable' | 'reason'>): string | null {
  if (!line.changed) return null;
  const after = line.notApplicable ? '不适用' : formatScore(line.score ?? 0);
  return `草稿 ${formatScore(line.draftScore)} → ${after}${line.reason ? `，理由：${line.reason}` : ''}`;
}

/** What must be written before the evaluation may be submitted, each naming its line; empty when it may. */
export function submissionProblems(sheet: Sheet): string[] {
  const problems: string[] = [];
  if (sheet.budget.needsAnalysis && sheet.budget.analysis.trim() === '') problems.push('预算执行率得分低于分值，请填写偏差原因分析及改进措施');
  for (const line of sheet.lines) {
    if (line.notApplicable && line.reason.trim() === '') problems.push(`「${line.name}」标记为不适用，请填写理由`);
    if (!line.notApplicable && line.flags.includes('needs-analysis') && line.analysis.trim() === '') {
      problems.push(`「${line.name}」得分 ${formatScore(line.score ?? 0)} 低于分值 ${formatScore(line.weight)}，请填写偏差原因分析及改进措施`);
    }
  }
  return problems;
}
