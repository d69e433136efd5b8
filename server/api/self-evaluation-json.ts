/** The JSON of a project's 自评 in the REST API v1, in the shape schemas/self-evaluation.ts declares. */
import type { SelfEvaluationView } from '../self-evaluation/get-self-evaluation';
import type { SelfEvaluationJson } from './schemas/self-evaluation';

export function selfEvaluationJson(view: SelfEvaluationView): SelfEvaluationJson {
  const { sheet } = view;
  const { budget } = sheet;
  return {
    projectId: view.project.id,
    year: view.project.year,
    status: view.status,
    live: view.live,
    comment: view.comment,
    goal: { expected: view.project.goal, actual: view.goalActual },
    budget: { initial: budget.initial, adjusted: budget.adjusted, executed: budget.executed, rate: budget.rate, weight: budget.weight, score: budget.score, analysis: budget.analysis },
    lines: sheet.lines.map((l) => ({
      indicatorId: l.indicatorId,
      name: l.name,
      category: l.category,
      weight: l.weight,
      actual: l.actual,
      status: l.status,
      score: l.score,
      draftScore: l.draftScore,
      notApplicable: l.notApplicable,
      reason: l.reason,
      analysis: l.analysis,
      flags: l.flags,
    })),
    total: sheet.total,
    grade: sheet.grade,
    warnings: sheet.warnings,
    history: view.events.map((e) => ({ kind: e.kind, indicatorId: e.indicatorId, text: e.text, by: e.username, at: e.at })),
  };
}
