/** Tolerant numeric comparison shared by lights, met and scoring. */
import type { Comparator, Target } from '../target-value/types';

/** a and b are equal within `tolerance`, scaled by their magnitude when above 1. */
export function nearlyEqual(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `actual <comparator> target`, where nearly equal numbers count as equal. */
export function satisfies(actual: number, comparator: Comparator, target: number, tolerance: number): boolean {
  const equal = nearlyEqual(actual, target, tolerance);
  switch (comparator) {
    case '>=':
      return equal || actual > target;
    case '>':
      return !equal && actual > target;
    case '<=':
      return equal || actual < target;
    case '<':
      return !equal && actual < target;
    case '=':
      return equal;
  }
}

/** The comparator a quantitative target is judged by: as written, else ≤ for `lower` and ≥ otherwise. */
export function effectiveComparator(target: Target): Comparator {
  return target.comparator ?? (target.direction === 'lower' ? '<=' : '>=');
}

/** A reverse (less is better) indicator, judged by its comparator rather than by a ratio. */
export function isReverse(target: Target): boolean {
  return target.direction === 'lower';
}
