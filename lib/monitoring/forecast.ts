/** Prefill of 全年预计完成值 (forecast) on the entry form, DOMAIN.md §5. */
import type { MeasureMode, Target } from '../target-value/types';
import { timeElapsed } from './period';
import type { Period } from './types';

const MAX_DECIMALS = 4;

/** Decimal places of a figure as people write it (float noise beyond MAX_DECIMALS dropped). */
function decimalPlaces(x: number): number {
  const text = String(Number(x.toFixed(MAX_DECIMALS)));
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function round(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(x * factor) / factor;
}

export interface ForecastInput {
  target: Target;
  mode: MeasureMode;
  /** The actual to date in the target's unit (see evaluateIndicator). */
  actual: number | null;
  asOf: Period;
}

/**
 * A suggestion the owner may overwrite: cumulative → actual / t (linear extrapolation over the year), rounded
 * to the decimals the actual and the target are written with (whole numbers for counts: 1 meeting by May →
 * 2); level → the latest value; qualitative or nothing reported → null.
 */
export function forecastPrefill({ target, mode, actual, asOf }: ForecastInput): number | null {
  if (target.kind === 'qualitative' || actual === null) return null;
  if (mode === 'level') return actual;
  const decimals = Math.max(decimalPlaces(actual), target.value === null ? 0 : decimalPlaces(target.value));
  return round(actual / timeElapsed(asOf), decimals);
}
