import { formatPeriod } from '@/lib/format/number';

/** Printed pages say which month their figures are as of, since the selector is not printed. */
export function PrintStamp({ asOf }: { asOf: string }) {
  return <p className="hidden text-sm text-slate-600 print:block">数据截至{formatPeriod(asOf)}（序时进度 {Math.round((Number(asOf.slice(5)) / 12) * 1000) / 10}%）</p>;
}
