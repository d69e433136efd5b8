/**
 * The vocabulary of the year-end 自评 (DOMAIN.md §6), each list declared once with its Chinese names: the database
 * columns, the API document, the pages and the exports derive from these.
 */

/** Where an evaluation stands: the owner edits a draft (or a returned one), submits it, the leader approves or returns it. */
export const SELF_EVALUATION_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type SelfEvaluationStatus = (typeof SELF_EVALUATION_STATUSES)[number];
export const SELF_EVALUATION_STATUS_LABELS: Record<SelfEvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已通过',
  returned: '已退回',
};

/** The owner may change the evaluation only in these states. */
export const EDITABLE_STATUSES: readonly SelfEvaluationStatus[] = ['draft', 'returned'];

/** 自评预警: consistency checks a reviewer would raise, shown before submission. */
export const SELF_EVALUATION_WARNINGS = ['all-full-score', 'spending-gap', 'satisfaction-evidence', 'cost-higher', 'low-execution'] as const;
export type SelfEvaluationWarningCode = (typeof SELF_EVALUATION_WARNINGS)[number];
export const SELF_EVALUATION_WARNING_LABELS: Record<SelfEvaluationWarningCode, string> = {
  'all-full-score': '全部指标满分',
  'spending-gap': '指标得分高而预算执行低',
  'satisfaction-evidence': '满意度得分无调查佐证',
  'cost-higher': '成本指标按“越高越好”计分',
  'low-execution': '执行率偏低且未说明原因',
};

/** Marks on one line of the 自评表. */
export const SELF_EVALUATION_FLAGS = ['review', 'needs-analysis'] as const;
export type SelfEvaluationFlag = (typeof SELF_EVALUATION_FLAGS)[number];
export const SELF_EVALUATION_FLAG_LABELS: Record<SelfEvaluationFlag, string> = {
  review: '实际完成值达到目标的 120% 以上，请复核目标是否偏低',
  'needs-analysis': '得分低于分值，须填写偏差原因分析及改进措施',
};

/** What the 流转记录 of an evaluation records. */
export const SELF_EVALUATION_EVENTS = ['edit', 'submit', 'approve', 'return', 'reopen'] as const;
export type SelfEvaluationEventKind = (typeof SELF_EVALUATION_EVENTS)[number];
export const SELF_EVALUATION_EVENT_LABELS: Record<SelfEvaluationEventKind, string> = {
  edit: '修改',
  submit: '提交',
  approve: '审核通过',
  return: '退回',
  reopen: '重新打开',
};
