import { describe, expect, it } from 'vitest';
import { passwordChangeNotice, passwordChangeReason } from './password-change';

const now = new Date('2024-05-01T08:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('passwordChangeReason', () => {
  it('names a stored reason first, whatever the password’s age', () => {
    for (const reason of ['initial', 'reset', 'demo'] as const) {
      expect(passwordChangeReason({ mustChangePassword: reason, passwordChangedAt: daysAgo(0) }, { passwordMaxAgeDays: null }, now)).toBe(reason);
    }
  });

  it('asks for a change once the password is as old as the setting allows, and never when it is off', () => {
    const user = (age: number) => ({ mustChangePassword: null, passwordChangedAt: daysAgo(age) });
    expect(passwordChangeReason(user(89), { passwordMaxAgeDays: 90 }, now)).toBeNull();
    expect(passwordChangeReason(user(90), { passwordMaxAgeDays: 90 }, now)).toBe('expired');
    expect(passwordChangeReason(user(5000), { passwordMaxAgeDays: null }, now)).toBeNull();
  });

  it('explains each reason in Chinese, the expiry with its number of days', () => {
    expect(passwordChangeNotice('expired', { passwordMaxAgeDays: 90 })).toContain('超过 90 天');
    expect(passwordChangeNotice('initial', { passwordMaxAgeDays: null })).toContain('一次性');
    expect(passwordChangeNotice('demo', { passwordMaxAgeDays: null })).toContain('示例环境已关闭');
  });
});
