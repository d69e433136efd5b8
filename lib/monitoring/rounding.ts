/** Rounding of 自评 scores to 2 decimals (DOMAIN.md §6): each line is rounded, the total is the sum of the lines. */

/** Half away from zero at 2 decimals: 9.588 → 9.59, 9.585 → 9.59 (the float is nudged, so 1.005 → 1.01). */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-7)) / 100;
}

/** Smallest number of cents at or above `value` (tiny float noise ignored). */
export function ceil2(value: number): number {
  return Math.ceil(value * 100 - 1e-7) / 100 + 0;
}

/** Largest number of cents at or below `value`. */
export function floor2(value: number): number {
  return Math.floor(value * 100 + 1e-7) / 100;
}

/** Sum of amounts already in cents, without float noise (0.1 + 0.2 → 0.3). */
export function sumCents(values: readonly number[]): number {
  return Math.round(values.reduce((sum, v) => sum + v * 100, 0)) / 100;
}

/**
 * Shares rounded to cents so that they add up to their rounded sum (largest remainder): 50/3 × 3 → 16.67, 16.67,
 * 16.66 (equal remainders: the earlier line first). Full marks on every line then add up to exactly the points there are, never 100.01.
 */
export function roundShares(values: readonly number[]): number[] {
  const cents = values.map((v) => v * 100);
  const floors = cents.map((c) => Math.floor(c + 1e-7));
  let left = Math.round(cents.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = cents.map((c, i) => ({ i, rest: c - floors[i]! })).sort((a, b) => (Math.abs(b.rest - a.rest) > 1e-6 ? b.rest - a.rest : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((f) => f / 100);
}
