/**
 * The 项目支出绩效自评表 of one project (DOMAIN.md §6–§7): the draft the year's data gives, the evaluator's edits over
 * it, scores, 总分, 等级, marks per line and 自评预警. Pure: the caller passes the year's figures and the stored edits.
 */
import { scoreSelfEvaluation } from '../monitoring/scoring-total';
import type { Grade, ScoredIndicatorInput } from '../monitoring/scoring';
import { DEFAULT_MONITORING_SETTINGS, type IndicatorWeightKey, type MonitoringSettings } from '../monitoring/settings';
import type { QualitativeStatus } from '../monitoring/types';
import type { Category, Target } from '../target-value/types';
import type { SelfEvaluationFlag } from './vocabulary';
import { selfEvaluationWarnings, type SelfEvaluationWarning } from './warnings';

/** What the evaluator changed on one line; absent fields are as drafted. */
export interface LineEdit {
  notApplicable: boolean;
  /** Qualitative: the share of the weight picked inside the status band; null = the band's middle (the draft). */
  qualitativeShare: number | null;
  /** Why the line differs from the draft (不适用, or a moved score). */
  reason: string;
  /** 偏差原因分析及改进措施. */
  analysis: string;
}

export const EMPTY_LINE_EDIT: LineEdit = { notApplicable: false, qualitativeShare: null, reason: '', analysis: '' };

export interface SheetLineInput {
  indicatorId: number;
  name: string;
  category: Category;
  target: Target;
  /** The year's actual (as of the budget year's last month) in the target's unit; qualitative: `status`. */
  actual: number | null;
  status: QualitativeStatus | null;
  /** The indicator's own 分值, else its category's share. */
  weight: number | null;
  edit: LineEdit;
  /** 佐证材料 attached to the line (0 until attachments exist). */
  evidenceCount: number;
}

export interface SheetInput {
  /** 年初预算数: the table's 总计. */
  initialBudget: number | null;
  /** 全年预算数 when the budget was adjusted; null = as at the start of the year. */
  adjustedBudget: number | null;
  /** 全年执行数: the last cumulative 执行数 of the year. */
  executed: number | null;
  /** 预算执行的偏差原因分析. */
  budgetAnalysis: string;
  lines: readonly SheetLineInput[];
  settings?: MonitoringSettings;
}

export interface SheetBudget {
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  rate: number | null;
  weight: number;
  score: number;
  analysis: string;
  needsAnalysis: boolean;
}

export interface SheetLine extends Omit<SheetLineInput, 'edit' | 'weight'> {
  weight: number;
  /** Null for a 不适用 line. */
  score: number | null;
  /** What the year's data alone gives (no 不适用 anywhere, qualitative at mid-band). */
  draftScore: number;
  draftWeight: number;
  notApplicable: boolean;
  qualitativeShare: number | null;
  reason: string;
  analysis: string;
  flags: SelfEvaluationFlag[];
  /** The evaluator changed this line's score or marked it 不适用. */
  changed: boolean;
}

export interface Sheet {
  budget: SheetBudget;
  lines: SheetLine[];
  total: number;
  grade: Grade;
  draftTotal: number;
  warnings: SelfEvaluationWarning[];
  /** The categories without indicators whose points the lines share (absent from evaluations submitted before). */
  sharedOut?: IndicatorWeightKey[];
}

function scoredInput(line: SheetLineInput, withEdits: boolean): ScoredIndicatorInput {
  const { category, target, actual, status, weight, edit } = line;
  if (!withEdits) return { category, target, actual, status, weight };
  return { category, target, actual, status, weight, notApplicable: edit.notApplicable, qualitativeShare: edit.qualitativeShare };
}

/** The evaluation as edited, beside the draft it started from. */
export function buildSheet(input: SheetInput): Sheet {
  const settings = input.settings ?? DEFAULT_MONITORING_SETTINGS;
  const total = input.adjustedBudget ?? input.initialBudget;
  const budget = { executed: input.executed, total };
  const draft = scoreSelfEvaluation({ budget, indicators: input.lines.map((l) => scoredInput(l, false)), settings });
  const edited = scoreSelfEvaluation({ budget, indicators: input.lines.map((l) => scoredInput(l, true)), settings });
  const lines = input.lines.map(({ edit, weight: _own, ...line }, i): SheetLine => {
    const scored = edited.indicators[i]!;
    const before = draft.indicators[i]!;
    const flags: SelfEvaluationFlag[] = [];
    if (scored.flaggedForReview) flags.push('review');
    if (scored.needsExplanation) flags.push('needs-analysis');
    return {
      ...line,
      weight: scored.weight,
      score: scored.notApplicable ? null : scored.score,
      draftScore: before.score,
      draftWeight: before.weight,
      notApplicable: edit.notApplicable,
      qualitativeShare: edit.qualitativeShare,
      reason: edit.reason,
      analysis: edit.analysis,
      flags,
      changed: edit.notApplicable || edit.qualitativeShare !== null,
    };
  });
  const sheetBudget: SheetBudget = {
    initial: input.initialBudget,
    adjusted: input.adjustedBudget,
    executed: input.executed,
    rate: edited.budget.executionRate,
    weight: edited.budget.weight,
    score: edited.budget.score,
    analysis: input.budgetAnalysis,
    needsAnalysis: edited.budget.needsExplanation,
  };
  const sheet = { budget: sheetBudget, lines, total: edited.total, grade: edited.grade, draftTotal: draft.total, sharedOut: edited.sharedOut };
  return { ...sheet, warnings: selfEvaluationWarnings(sheet, settings) };
}
