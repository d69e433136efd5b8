/**
 * Where each step of a project in a round may start (DOMAIN.md §9): the owner submits what is 未填报 or 已退回; the
 * leader approves or returns what is 已送审; the administrator reopens what is 已送审 or 已通过, sending it back to the
 * owner as 已退回 with the reason as its comment (so the owner sees why, fixes and submits again).
 */
import { ROUND_PROJECT_STATE_LABELS, type RoundProjectState } from './vocabulary';

export type RoundStep = 'submit' | 'approve' | 'return' | 'reopen';

export const STEP_FROM: Record<RoundStep, readonly RoundProjectState[]> = {
  submit: ['pending', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['submitted', 'approved'],
};

export const STEP_TO: Record<RoundStep, RoundProjectState> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'returned',
};

const STEP_NAMES: Record<RoundStep, string> = { submit: '送审', approve: '审核通过', return: '退回', reopen: '重新打开' };

/** Why a step cannot start from a state, or null when it can. */
export function stepRefusal(step: RoundStep, state: RoundProjectState): string | null {
  if (STEP_FROM[step].includes(state)) return null;
  const allowed = STEP_FROM[step].map((s) => ROUND_PROJECT_STATE_LABELS[s]).join('或');
  return `该项目本轮为“${ROUND_PROJECT_STATE_LABELS[state]}”，不能${STEP_NAMES[step]}（须为${allowed}）`;
}
