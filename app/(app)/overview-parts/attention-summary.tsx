import Link from 'next/link';
import type { Light } from '@/lib/monitoring/types';
import type { Attention } from '@/server/overview/attention';

const GROUPS: { light: Light; title: string; chip: string }[] = [
  { light: 'red', title: '红灯项目', chip: 'border-red-200 bg-red-50 text-red-900 hover:bg-red-100' },
  { light: 'yellow', title: '黄灯项目', chip: 'border-amber-200 bg-amber-50 text-amber-950 hover:bg-amber-100' },
];

/** How many names of each light the summary shows before it links to the rest. */
const NAMES_SHOWN = 40;

/** The red and yellow projects by name (the first 40 of each, then a link to all), compact enough to be read without scrolling. */
export function AttentionSummary({ attention, asOf, listHref }: { attention: Attention; asOf: string; listHref: (extra?: Record<string, string>) => string }) {
  return (
    <section aria-label="红灯与黄灯项目" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      {GROUPS.map(({ light, title, chip }) => {
        const projects = attention.projects.filter((p) => p.light === light);
        return (
          <div key={light} className="flex flex-wrap items-start gap-2 text-sm">
            <span className="w-24 shrink-0 pt-0.5 font-medium text-slate-700">
              {title}（{projects.length}）
            </span>
            {projects.length === 0 ? (
              <span className="pt-0.5 text-slate-500">无</span>
            ) : (
              <span className="flex min-w-0 flex-1 flex-wrap gap-1.5">
                {projects.slice(0, NAMES_SHOWN).map((p) => (
                  <Link key={p.id} href={`/projects/${p.id}?asOf=${asOf}`} className={`max-w-full truncate rounded border px-1.5 py-0.5 text-xs ${chip}`}>
                    {p.name}
                  </Link>
                ))}
                {projects.length > NAMES_SHOWN && (
                  <Link href={listHref({ light })} className="py-0.5 text-xs text-blue-800 underline">
                    …等 {projects.length} 个
                  </Link>
                )}
              </span>
            )}
          </div>
        );
      })}
    </section>
  );
}
