/** Budget cells in 万元: reading `1,100.00`, adding, and checking sums against 合计. */
import type { Amounts, ImportWarning } from './types';

export const AMOUNT_KEYS = ['total', 'fiscal', 'specialAccount', 'other'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

export const AMOUNT_LABELS: Record<AmountKey, string> = {
  total: '总计',
  fiscal: '财政拨款',
  specialAccount: '财政专户拨款',
  other: '其他资金',
};

/** What a cell in an amount column holds. */
export type AmountCell = { kind: 'empty' } | { kind: 'amount'; value: number } | { kind: 'text' };

const NUMBER = /^[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?$/;
const NONE = /^(?:[-—–－/／]|无)$/;

/** Reads an amount cell: `1,100.00` → 1100; empty, `-` or `无` → empty; anything else is text. */
export function readAmountCell(cell: string): AmountCell {
  const compact = cell.replace(/\s+/g, '');
  if (compact === '' || NONE.test(compact)) return { kind: 'empty' };
  if (!NUMBER.test(compact)) return { kind: 'text' };
  return { kind: 'amount', value: Number(compact.replace(/[,，]/g, '').replace('−', '-')) };
}

/**
 * A money cell of a header block, in 万元: `164万元`, `250万`, `10000万元`, `65` (in the table's unit, divided
 * by `divisor`), `5,000元` (元 converted). Text after the amount (`854万(高标准农田建设400万元…)`) is returned as
 * `rest` for a warning; a cell that does not start with an amount is text.
 */
export function readMoney(cell: string, divisor: number): { kind: 'empty' } | { kind: 'amount'; value: number; rest: string } | { kind: 'text' } {
  const plain = readAmountCell(cell);
  if (plain.kind === 'amount') return { kind: 'amount', value: plain.value / divisor, rest: '' };
  if (plain.kind === 'empty') return plain;
  const found = /^\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(万元|万|元)?/.exec(cell);
  if (!found) return { kind: 'text' };
  const number = Number((found[1] ?? '').replace(/[,，]/g, ''));
  const value = found[2] === '元' ? number / 10000 : found[2] ? number : number / divisor;
  return { kind: 'amount', value, rest: cell.slice(found[0].length).trim() };
}

/** Amounts are compared and added in whole 分 (0.01 万元) so that 77.90 + 11.20 is exactly 89.10. */
function toCents(value: number): number {
  return Math.round(value * 100);
}

export function emptyAmounts(): Amounts {
  return { total: null, fiscal: null, specialAccount: null, other: null };
}

export function hasAnyAmount(amounts: Amounts): boolean {
  return AMOUNT_KEYS.some((key) => amounts[key] !== null);
}

/** Adds column by column; an empty cell plus an empty cell stays empty. */
export function addAmounts(a: Amounts, b: Amounts): Amounts {
  const sum = emptyAmounts();
  for (const key of AMOUNT_KEYS) {
    const x = a[key];
    const y = b[key];
    sum[key] = x === null && y === null ? null : (toCents(x ?? 0) + toCents(y ?? 0)) / 100;
  }
  return sum;
}

export function sameAmount(a: number | null, b: number | null): boolean {
  return (a === null ? null : toCents(a)) === (b === null ? null : toCents(b));
}

/** `24838.14` → `24,838.14`. */
export function formatWan(value: number): string {
  const [whole, cents] = Math.abs(value).toFixed(2).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}.${cents ?? '00'}`;
}

/** Warns when a project's 总计 differs from 财政拨款 + 财政专户拨款 + 其他资金. */
export function checkProjectParts(name: string, amounts: Amounts, line: number): ImportWarning[] {
  const parts = [amounts.fiscal, amounts.specialAccount, amounts.other].filter((v): v is number => v !== null);
  if (amounts.total === null || parts.length === 0) return [];
  const sum = parts.reduce((cents, value) => cents + toCents(value), 0) / 100;
  if (sameAmount(amounts.total, sum)) return [];
  return [
    {
      line,
      message: `项目「${name}」的总计 ${formatWan(amounts.total)} 万元不等于财政拨款、财政专户拨款、其他资金之和 ${formatWan(sum)} 万元`,
    },
  ];
}

/** `多 0.70 万元` / `少 1.00 万元` / `相等`: how `sum` compares with `stated`. */
export function difference(stated: number | null, sum: number | null): string {
  const diff = (toCents(sum ?? 0) - toCents(stated ?? 0)) / 100;
  if (diff === 0) return '相等';
  return diff > 0 ? `多 ${formatWan(diff)} 万元` : `少 ${formatWan(-diff)} 万元`;
}

/** Warns for every column whose project sum differs from the 合计 row (a warning, never an error). */
export function checkTotals(totals: Amounts, projects: Amounts[], line: number): ImportWarning[] {
  const sums = projects.reduce(addAmounts, emptyAmounts());
  const warnings: ImportWarning[] = [];
  for (const key of AMOUNT_KEYS) {
    const stated = totals[key];
    const sum = sums[key];
    if (sameAmount(stated, sum)) continue;
    warnings.push({
      line,
      message: `各项目「${AMOUNT_LABELS[key]}」之和 ${formatWan(sum ?? 0)} 万元比合计行的 ${formatWan(stated ?? 0)} 万元${difference(stated, sum)}，请核对金额`,
    });
  }
  return warnings;
}
