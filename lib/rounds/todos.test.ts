import { describe, expect, it } from 'vitest';
import { daysLeftLabel, isRemindable, listTodos, todoKindOf } from './todos';

const standing = (projectId: number, state: 'pending' | 'submitted' | 'approved' | 'returned' | null, deadline = '2022-08-15', roundId = 1) => ({
  roundId,
  projectId,
  deadline,
  state,
});

describe('todoKindOf', () => {
  it('asks owners to fill what is pending or returned, and leaders to review what is submitted', () => {
    expect(todoKindOf(null, 'owner')).toBe('fill');
    expect(todoKindOf('pending', 'owner')).toBe('fill');
    expect(todoKindOf('returned', 'owner')).toBe('returned');
    expect(todoKindOf('submitted', 'owner')).toBeNull();
    expect(todoKindOf('approved', 'owner')).toBeNull();
    expect(todoKindOf('submitted', 'leader')).toBe('review');
    expect(todoKindOf(null, 'leader')).toBeNull();
    expect(todoKindOf('returned', 'leader')).toBeNull();
    expect(todoKindOf('approved', 'leader')).toBeNull();
  });
});

describe('listTodos', () => {
  const standings = [standing(1, null), standing(2, 'submitted'), standing(3, 'returned', '2022-08-09'), standing(4, 'approved'), standing(5, 'pending', '2022-08-10', 2)];

  it('lists an owner’s projects not yet submitted, the most urgent first, with Beijing days left', () => {
    const todos = listTodos(standings, 'owner', '2022-08-10').map(({ standing: _s, ...todo }) => todo);
    expect(todos).toEqual([
      { kind: 'returned', roundId: 1, projectId: 3, deadline: '2022-08-09', daysLeft: -1, overdue: true },
      { kind: 'fill', roundId: 2, projectId: 5, deadline: '2022-08-10', daysLeft: 0, overdue: false },
      { kind: 'fill', roundId: 1, projectId: 1, deadline: '2022-08-15', daysLeft: 5, overdue: false },
    ]);
  });

  it('lists a leader’s submitted projects only', () => {
    const todos = listTodos(standings, 'leader', '2022-08-20');
    expect(todos.map((t) => [t.kind, t.projectId, t.daysLeft, t.overdue])).toEqual([['review', 2, -5, true]]);
  });

  it('keeps the standing it came from', () => {
    const [todo] = listTodos([{ ...standing(7, null), projectName: '会议项目' }], 'owner', '2022-08-01');
    expect(todo!.standing.projectName).toBe('会议项目');
    expect(todo!.daysLeft).toBe(14);
  });
});

describe('daysLeftLabel and isRemindable', () => {
  it('names days left, the last day and overdue days', () => {
    expect(daysLeftLabel(3)).toBe('还剩 3 天');
    expect(daysLeftLabel(0)).toBe('今天截止');
    expect(daysLeftLabel(-2)).toBe('已逾期 2 天');
  });

  it('reminds about projects not yet submitted nor approved', () => {
    expect([null, 'pending', 'returned', 'submitted', 'approved'].map((s) => isRemindable(s as never))).toEqual([true, true, true, false, false]);
  });
});
