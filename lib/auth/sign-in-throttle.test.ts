import { describe, expect, it } from 'vitest';
import {
  countFailure,
  isLockActive,
  isSpent,
  LOCKOUT_MINUTES,
  summariseAccountCounters,
  THROTTLE_LIMITS,
  THROTTLE_WINDOW_MINUTES,
  throttleKey,
  throttleUsername,
  type ThrottleCounter,
} from './sign-in-throttle';

const t0 = new Date('2024-05-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, scope: 'pair' | 'network' | 'account', start?: ThrottleCounter, when = t0) {
  let counter = start;
  for (let i = 0; i < times; i++) counter = countFailure(counter, scope, when);
  return counter!;
}

describe('sign-in throttle counters', () => {
  it('locks a pair on its fifth failure within the window, for 15 minutes', () => {
    const four = fail(4, 'pair');
    expect(four).toEqual({ failures: 4, windowStartedAt: t0.toISOString(), lockedUntil: null });
    const five = countFailure(four, 'pair', at(3));
    expect(five.lockedUntil).toBe(at(3 + LOCKOUT_MINUTES).toISOString());
    expect(isLockActive(five, at(3 + LOCKOUT_MINUTES - 0.1))).toBe(true);
    expect(isLockActive(five, at(3 + LOCKOUT_MINUTES))).toBe(false);
  });

  it('starts a new window once the old one has passed, so old mistakes are forgotten', () => {
    const four = fail(4, 'pair');
    expect(isSpent(four, at(THROTTLE_WINDOW_MINUTES - 1))).toBe(false);
    expect(isSpent(four, at(THROTTLE_WINDOW_MINUTES))).toBe(true);
    expect(countFailure(four, 'pair', at(THROTTLE_WINDOW_MINUTES))).toEqual({
      failures: 1,
      windowStartedAt: at(THROTTLE_WINDOW_MINUTES).toISOString(),
      lockedUntil: null,
    });
  });

  it('starts afresh after a lock has run out', () => {
    const locked = fail(5, 'pair');
    expect(countFailure(locked, 'pair', at(LOCKOUT_MINUTES + 1))).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('gives the network and account ceilings their own, higher limits', () => {
    expect(fail(THROTTLE_LIMITS.network - 1, 'network').lockedUntil).toBeNull();
    expect(fail(THROTTLE_LIMITS.network, 'network').lockedUntil).not.toBeNull();
    expect(fail(THROTTLE_LIMITS.account - 1, 'account').lockedUntil).toBeNull();
    expect(fail(THROTTLE_LIMITS.account, 'account').lockedUntil).not.toBeNull();
    expect(THROTTLE_LIMITS.pair).toBeLessThan(THROTTLE_LIMITS.account);
  });

  it('keys counters by scope, case-insensitive username and network', () => {
    expect(throttleUsername('  Admin ')).toBe('admin');
    const keys = [throttleKey('pair', 'admin', '10.0.0.1'), throttleKey('network', null, '10.0.0.1'), throttleKey('account', 'admin', null)];
    expect(new Set(keys).size).toBe(3);
    expect(throttleKey('pair', 'admin', '10.0.0.1')).not.toBe(throttleKey('pair', 'admin', '10.0.0.2'));
  });
});

describe('summariseAccountCounters', () => {
  it('names the locks in force and the failures still counted, and forgets spent counters', () => {
    const pair = (network: string, counter: ThrottleCounter) => ({ ...counter, scope: 'pair' as const, network });
    const summary = summariseAccountCounters(
      [
        pair('10.0.0.1', fail(5, 'pair')),
        pair('10.0.0.2', fail(2, 'pair', undefined, at(1))),
        pair('10.0.0.3', fail(4, 'pair', undefined, at(-60))),
        { ...fail(20, 'account', undefined, at(2)), scope: 'account' as const, network: null },
      ],
      at(5),
    );
    expect(summary).toEqual({ lockedUntil: at(2 + LOCKOUT_MINUTES).toISOString(), lockedFrom: ['10.0.0.1', 'account'], recentFailures: 2 });
    expect(summariseAccountCounters([], at(5))).toEqual({ lockedUntil: null, lockedFrom: [], recentFailures: 0 });
  });
});
