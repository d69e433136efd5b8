import { SELF_EVALUATION_WARNING_LABELS } from '@/lib/self-evaluation/vocabulary';
import type { SelfEvaluationWarning } from '@/lib/self-evaluation/warnings';
import type { SheetLine } from '@/lib/self-evaluation/sheet';

/** 自评预警, each with a link to the line it concerns. */
export function WarningsPanel({ warnings, lines }: { warnings: SelfEvaluationWarning[]; lines: SheetLine[] }) {
  if (warnings.length === 0) return <p className="text-sm text-green-800">没有自评预警。</p>;
  const nameOf = new Map(lines.map((l) => [l.indicatorId, l.name]));
  return (
    <section aria-label="自评预警" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
      <h2 className="font-semibold text-amber-900">自评预警（{warnings.length}）</h2>
      <p className="text-xs text-amber-800">复核时常被指出的问题，请在提交前核实；预警不阻止提交。</p>
      <ul className="mt-2 flex flex-col gap-1 text-sm text-amber-900">
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>
            <span className="font-medium">{SELF_EVALUATION_WARNING_LABELS[w.code]}</span>：{w.message}
            {w.indicatorId !== null && (
              <a href={`#line-${w.indicatorId}`} className="ml-1 underline">
                查看「{nameOf.get(w.indicatorId)}」
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
