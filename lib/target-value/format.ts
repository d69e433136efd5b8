import { COMPARATOR_SYMBOLS, COMPARATOR_WORDS, type Target } from './types';

/**
 * A short rendering for the UI: `≥ 90 %`, `22 万家`, `≤ 0.5 天`; a qualitative target shows its comparison
 * or direction: `不高于（定性）`, `提升（定性）`, `定性`.
 */
export function formatTarget(target: Target): string {
  if (target.kind === 'qualitative') {
    if (target.comparator !== null) return `${COMPARATOR_WORDS[target.comparator]}（定性）`;
    if (target.direction === 'higher') return '提升（定性）';
    if (target.direction === 'lower') return '降低（定性）';
    return '定性';
  }
  const parts = [
    target.comparator === null ? null : COMPARATOR_SYMBOLS[target.comparator],
    target.value === null ? null : String(target.value),
    target.unit,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length > 0 ? parts.join(' ') : '—';
}
