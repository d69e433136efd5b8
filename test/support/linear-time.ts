/**
 * Asserting that a function runs in time linear in its input, without timing against a fixed budget: the same
 * input family is run at size n and 8n. Linear work grows about 8 times, quadratic work 64 times; the check
 * fails above 24 times (or when even the small input is slow), which leaves room for a noisy shared machine.
 */
import { expect } from 'vitest';

const GROWTH = 8;
const LIMIT = 24;
/** Below this a run is too short to measure; it counts as this long. */
const FLOOR_MS = 5;
/** A small input slower than this is quadratic already (a linear one takes well under a millisecond, even on a busy machine). */
const SMALL_BUDGET_MS = 1000;

function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Rounds of the comparison: another test hogging the machine during one round cannot fail a linear function. */
const ROUNDS = 5;

/**
 * Fails when `fn(build(n))` takes much more than 8 times as long for 8 times the size, in every one of a few rounds:
 * quadratic work fails them all, while a linear function passes as soon as one round was not disturbed.
 */
export function expectLinear<T>(label: string, build: (size: number) => T, fn: (input: T) => unknown, n = 4_000): void {
  const small = build(n);
  const large = build(n * GROWTH);
  fn(small);
  let report = '';
  for (let round = 0; round < ROUNDS; round += 1) {
    const smallMs = fastest(() => fn(small));
    const largeMs = smallMs < SMALL_BUDGET_MS ? fastest(() => fn(large)) : Number.POSITIVE_INFINITY;
    const ratio = largeMs / Math.max(smallMs, FLOOR_MS);
    if (ratio < LIMIT) return;
    report = `${label}: ${n} → ${n * GROWTH} characters took ${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms`;
  }
  expect.fail(`not linear in ${ROUNDS} rounds — ${report}`);
}

/** Runs of the characters the table and target grammars give meaning to, with endings that make patterns fail late. */
export const FILLERS = [' ', ',', '，', '。', '；', '、', '.', ':', '：', '\n', '1', '1 ', '1、', '1,', '指标', '年度指标值', '<a ', '「', '投诉', 'a', '万'];
export const ENDINGS = ['', 'x', '年度指标值：1', '以上'];

/** `filler` repeated to about `size` characters, between a prefix and an ending. */
export function run(prefix: string, filler: string, ending: string): (size: number) => string {
  return (size) => `${prefix}${filler.repeat(Math.ceil(size / filler.length))}${ending}`;
}
