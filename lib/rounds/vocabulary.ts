/**
 * The vocabulary of monitoring rounds (DOMAIN.md §9), each list declared once with its Chinese names: the database
 * columns, the API document, the pages and the exports derive from these.
 */

/** A round is opened by the administrator and closed when it is over. */
export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { open: '进行中', closed: '已关闭' };

/** Where one project stands in a round: 未填报 → 已送审 → 已通过 or 已退回. */
export const ROUND_PROJECT_STATES = ['pending', 'submitted', 'approved', 'returned'] as const;
export type RoundProjectState = (typeof ROUND_PROJECT_STATES)[number];
export const ROUND_PROJECT_STATE_LABELS: Record<RoundProjectState, string> = {
  pending: '未填报',
  submitted: '已送审',
  approved: '已通过',
  returned: '已退回',
};

/** What the 流转记录 of a project in a round records. */
export const ROUND_EVENTS = ['submit', 'approve', 'return', 'reopen', 'remind'] as const;
export type RoundEventKind = (typeof ROUND_EVENTS)[number];
export const ROUND_EVENT_LABELS: Record<RoundEventKind, string> = {
  submit: '送审',
  approve: '审核通过',
  return: '退回',
  reopen: '重新打开',
  remind: '催报',
};
