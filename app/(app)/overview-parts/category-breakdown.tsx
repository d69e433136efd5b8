import Link from 'next/link';
import { LightBadge } from '@/components/monitoring/light-badge';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';
import type { Overview } from '@/server/overview/get-overview';

/** Indicators by 一级指标 and light; every count opens the projects that have such indicators. */
export function CategoryBreakdown({ rows, listHref }: { rows: Overview['byCategory']; listHref: (extra: Record<string, string>) => string }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">按一级指标统计的指标灯号</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th className="py-1 font-medium">一级指标</th>
          <th className="text-right font-medium">指标数</th>
          {LIGHTS.map((l) => (
            <th key={l} className="text-right font-medium">
              <LightBadge light={l} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.category} className="border-t border-slate-100">
            <td className="py-1.5">{row.category}</td>
            <td className="text-right tabular-nums">{row.total}</td>
            {LIGHTS.map((l) => (
              <td key={l} className="text-right tabular-nums">
                {row.byLight[l] === 0 ? (
                  <span className="text-slate-300">0</span>
                ) : (
                  <Link href={listHref({ category: row.category, ilight: l })} className="text-blue-800 hover:underline" aria-label={`${row.category}${LIGHT_LABELS[l]}指标 ${row.byLight[l]} 个`}>
                    {row.byLight[l]}
                  </Link>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
