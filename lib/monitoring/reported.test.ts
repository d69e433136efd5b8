import { describe, expect, it } from 'vitest';
import { isReportedFor } from './reported';
import { status, value } from './test-fixtures';

describe('isReportedFor', () => {
  it('counts only an entry of that very month', () => {
    const entries = [value('2022-10', 1), value('2022-11', 0)];
    expect(isReportedFor('cumulative', entries, '2022-11')).toBe(true);
    expect(isReportedFor('cumulative', entries, '2022-12')).toBe(false);
    expect(isReportedFor('cumulative', [], '2022-12')).toBe(false);
  });

  it('needs the figure the mode asks for: a value, or a status for a qualitative indicator', () => {
    expect(isReportedFor('level', [value('2022-12', null)], '2022-12')).toBe(false);
    expect(isReportedFor('qualitative', [status('2022-12', '部分达成')], '2022-12')).toBe(true);
    expect(isReportedFor('qualitative', [value('2022-12', 3)], '2022-12')).toBe(false);
  });
});
