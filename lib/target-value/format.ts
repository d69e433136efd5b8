import type { Comparator, Target } from './types';

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const WORDS: Record<Comparator, string> = { '>=': '不低于', '>': '高于', '<=': '不高于', '<': '低于', '=': '等于' };

/**
 * A short rendering for the UI: `≥ 90 %`, `22 万家`, `≤ 0.5 天`; a qualitative target shows its comparison
 * or direction: `不高于（定性）`, `提升（定性）`, `定性`.
 */
export function formatTarget(target: Target): string {
  if (target.kind === 'qualitative') {
    if (target.comparator !== null) return `${WORDS[target.comparator]}（定性）`;
    if (target.direction === 'higher') return '提升（定性）';
    if (target.direction === 'lower') return '降低（定性）';
    return '定性';
  }
  const parts = [
    target.comparator === null ? null : SYMBOLS[target.comparator],
    target.value === null ? null : String(target.value),
    target.unit,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length > 0 ? parts.join(' ') : '—';
}
