import { ENTRY_STATE, scalar, type ActionRule } from './action-matrix';
import { formData } from './invoke-action';
import { reminderRound } from './matrix-round';

const reminders = (db: Parameters<ActionRule['args']>[0]) => scalar(db, 'select count(*) from reminders');

/** The 待办 page's actions: 催报 (the department's leader) and marking one's own reminders read (anyone signed in). */
export const TODO_ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/todos/actions.ts#remindProjectAction',
    page: '/todos',
    args: () => [ENTRY_STATE, formData({ roundId: String(reminderRound()), projectId: '1' })],
    allowed: ['leader'],
    effect: reminders,
  },
  {
    action: 'app/(app)/todos/actions.ts#remindRoundAction',
    page: '/todos',
    args: () => [ENTRY_STATE, formData({ roundId: String(reminderRound()) })],
    allowed: ['leader'],
    effect: reminders,
  },
  {
    action: 'app/(app)/todos/actions.ts#markRemindersReadAction',
    page: '/todos',
    args: () => [],
    allowed: ['admin', 'leader', 'owner', 'owner2', 'auditor', 'caizheng'],
    refusedStatus: 500,
    answers: '条催报',
  },
];
