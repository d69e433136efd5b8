/**
 * How long the supervisor waits before starting the app server again: at once after a crash that followed a good run,
 * doubling from 1 s for each crash within the last minute while it keeps dying at once, at most 30 s.
 */
export function restartDelay(crashesInLastMinute: number, uptimeMs: number): number {
  if (uptimeMs > 60_000 || crashesInLastMinute <= 1) return 0;
  return Math.min(30_000, 1000 * 2 ** (crashesInLastMinute - 2));
}
