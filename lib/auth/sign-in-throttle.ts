/**
 * Sign-in throttling rules (pure). Failed sign-ins are counted on three counters, each within a window of
 * THROTTLE_WINDOW_MINUTES from its first failure; reaching a limit locks that counter for LOCKOUT_MINUTES:
 * - `pair`: one username from one network — the lockout a user meets after mistyping their own password;
 * - `network`: every username from one network — stops one client from trying many usernames (spraying);
 * - `account`: one username from every network — bounds an attacker who rotates addresses. While it is locked the
 *   account still signs in from networks it has signed in from before, so nobody elsewhere can lock its owner out.
 */
export type ThrottleScope = 'pair' | 'network' | 'account';

export const THROTTLE_LIMITS: Record<ThrottleScope, number> = { pair: 5, network: 30, account: 20 };
export const THROTTLE_WINDOW_MINUTES = 15;
export const LOCKOUT_MINUTES = 15;

/** How the audit log and the user page name each counter. */
export const THROTTLE_SCOPE_LABELS: Record<ThrottleScope, string> = {
  pair: '该用户名在该地址',
  network: '该地址的所有用户名',
  account: '该用户名在此前未登录过的地址',
};

export interface ThrottleCounter {
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

const minutes = (n: number) => n * 60_000;

/** Usernames are unique regardless of case, so they are counted that way too. */
export function throttleUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function throttleKey(scope: ThrottleScope, username: string | null, network: string | null): string {
  if (scope === 'pair') return `pair\n${username}\n${network}`;
  return scope === 'network' ? `network\n${network}` : `account\n${username}`;
}

export function isLockActive(counter: ThrottleCounter | undefined, now: Date): boolean {
  return Boolean(counter?.lockedUntil && new Date(counter.lockedUntil) > now);
}

/** Whether a counter says nothing any more: its window and any lock are over. */
export function isSpent(counter: ThrottleCounter, now: Date): boolean {
  const windowEnd = new Date(counter.windowStartedAt).getTime() + minutes(THROTTLE_WINDOW_MINUTES);
  return !isLockActive(counter, now) && windowEnd <= now.getTime();
}

/** The counter after one more failure; `lockedUntil` is set when this failure reaches the scope's limit. */
export function countFailure(counter: ThrottleCounter | undefined, scope: ThrottleScope, now: Date): ThrottleCounter {
  const fresh = !counter || isSpent(counter, now) || Boolean(counter.lockedUntil && !isLockActive(counter, now));
  const failures = fresh ? 1 : counter.failures + 1;
  const windowStartedAt = fresh ? now.toISOString() : counter.windowStartedAt;
  const lockedUntil = failures >= THROTTLE_LIMITS[scope] ? new Date(now.getTime() + minutes(LOCKOUT_MINUTES)).toISOString() : null;
  return { failures, windowStartedAt, lockedUntil };
}

/** What the user pages say about an account's failed sign-ins. */
export interface AccountLockSummary {
  /** The latest end of a lock in force (of any of the account's counters), or null. */
  lockedUntil: string | null;
  /** The networks from which the account is locked; `account` when it is locked for unknown networks. */
  lockedFrom: string[];
  /** Failures counted in windows still open. */
  recentFailures: number;
}

export function summariseAccountCounters(counters: (ThrottleCounter & { scope: ThrottleScope; network: string | null })[], now: Date): AccountLockSummary {
  const live = counters.filter((c) => !isSpent(c, now));
  const locked = live.filter((c) => isLockActive(c, now));
  return {
    lockedUntil: locked.map((c) => c.lockedUntil!).sort().at(-1) ?? null,
    lockedFrom: locked.map((c) => (c.scope === 'account' ? 'account' : (c.network ?? ''))),
    recentFailures: live.filter((c) => c.scope === 'pair' && !isLockActive(c, now)).reduce((sum, c) => sum + c.failures, 0),
  };
}
