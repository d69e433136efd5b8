/** Number formatting for the UI and exports, in one place (zh-CN). */
const WAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An amount in 万元 with two decimals and separators: 1,100.00; a dash when unknown. */
export function formatWan(value: number | null | undefined): string {
  return value == null ? '—' : WAN.format(value);
}

export function formatNumber(value: number | null | undefined, unit?: string | null): string {
  if (value == null) return '—';
  return unit ? `${PLAIN.format(value)} ${unit}` : PLAIN.format(value);
}

/** A fraction as a percentage: 0.853 → 85.3%. */
export function formatPercent(fraction: number | null | undefined): string {
  return fraction == null || !Number.isFinite(fraction) ? '—' : PERCENT.format(fraction);
}

/** `2022-07` → `2022年7月`. */
export function formatPeriod(period: string): string {
  const [year, month] = period.split('-');
  return `${year}年${Number(month)}月`;
}
