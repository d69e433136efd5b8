import type { DbOrTx } from '@/db';
import { deleteCounters, listCountersOfUsername, pruneCounters, readCounters, saveCounter } from '@/db/queries/login-throttle';
import { listSignInAddresses } from '@/db/queries/sessions';
import type { LoginThrottleRow } from '@/db/schema';
import { clientNetwork } from '@/lib/auth/client-network';
import { countFailure, isLockActive, THROTTLE_WINDOW_MINUTES, throttleKey, throttleUsername, type ThrottleScope } from '@/lib/auth/sign-in-throttle';

/** Who is trying to sign in: the username as typed and the client's address. */
export interface SignInSubject {
  username: string;
  ip: string | null;
}

/** How far back a successful sign-in makes a network "known" to an account (exempt from its account-wide lock). */
const KNOWN_NETWORK_DAYS = 30;
const SCOPES: ThrottleScope[] = ['pair', 'network', 'account'];

function counterRows(subject: SignInSubject): LoginThrottleRow[] {
  const username = throttleUsername(subject.username);
  const network = clientNetwork(subject.ip);
  return SCOPES.map((scope) => ({
    key: throttleKey(scope, username, network),
    scope,
    username: scope === 'network' ? null : username,
    network: scope === 'account' ? null : network,
    failures: 0,
    windowStartedAt: '',
    lockedUntil: null,
  }));
}

/** Whether the account has signed in from the subject's network lately. */
export function isKnownNetwork(db: DbOrTx, userId: number | null, ip: string | null, now: Date): boolean {
  if (userId === null) return false;
  const since = new Date(now.getTime() - KNOWN_NETWORK_DAYS * 86_400_000).toISOString();
  const network = clientNetwork(ip);
  return listSignInAddresses(db, userId, since).some((address) => clientNetwork(address) === network);
}

/**
 * The lock that refuses this attempt, if any: the pair's, the network's, or the account's — the last only from a
 * network the account has not signed in from lately (`userId` null: no such account, so no network is known).
 */
export function activeLock(db: DbOrTx, subject: SignInSubject, userId: number | null, now: Date): ThrottleScope | null {
  const rows = counterRows(subject);
  const stored = readCounters(db, rows.map((r) => r.key));
  for (const row of rows) {
    if (!isLockActive(stored.get(row.key), now)) continue;
    if (row.scope !== 'account' || !isKnownNetwork(db, userId, subject.ip, now)) return row.scope;
  }
  return null;
}

/** Counts a failure on every counter of the attempt; returns the counters this failure locked. */
export function countSignInFailure(db: DbOrTx, subject: SignInSubject, now: Date): LoginThrottleRow[] {
  const rows = counterRows(subject);
  const stored = readCounters(db, rows.map((r) => r.key));
  const locked: LoginThrottleRow[] = [];
  for (const row of rows) {
    const next = { ...row, ...countFailure(stored.get(row.key), row.scope, now) };
    saveCounter(db, next);
    if (next.lockedUntil && !isLockActive(stored.get(row.key), now)) locked.push(next);
  }
  pruneCounters(db, new Date(now.getTime() - 2 * THROTTLE_WINDOW_MINUTES * 60_000).toISOString(), now.toISOString());
  return locked;
}

/** A successful sign-in forgets the mistakes of that username from that network (the wider counters keep theirs). */
export function clearPairCounter(db: DbOrTx, subject: SignInSubject): void {
  deleteCounters(db, [counterRows(subject)[0].key]);
}

/**
 * 解除锁定 for an account: forgets its counters from every network and its account-wide counter, and the counters
 * of the networks it was locked from (so that its owner is not still stopped by their network's ceiling).
 * Returns what was forgotten.
 */
export function forgetCountersOfUsername(db: DbOrTx, username: string): LoginThrottleRow[] {
  const own = listCountersOfUsername(db, throttleUsername(username));
  const networks = own.filter((r) => r.scope === 'pair' && r.network !== null).map((r) => throttleKey('network', null, r.network));
  const theirs = [...readCounters(db, networks).values()];
  deleteCounters(db, [...own, ...theirs].map((r) => r.key));
  return [...own, ...theirs];
}
