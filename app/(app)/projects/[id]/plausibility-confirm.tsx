import type { PlausibilityWarning } from '@/lib/monitoring/plausibility';

/**
 * Figures the plausibility rules question, shown as they are typed, with the box that confirms them (sent as
 * `confirm`); the server refuses them without it.
 */
export function PlausibilityConfirm({ id, warnings, errors }: { id: string; warnings: PlausibilityWarning[]; errors?: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div aria-live="polite" className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-sm text-amber-950">
      <ul className="list-disc pl-5">
        {warnings.map((w) => (
          <li key={w.code}>{w.message}</li>
        ))}
      </ul>
      <label htmlFor={id} className="mt-1 flex items-center gap-1.5 font-medium">
        <input id={id} type="checkbox" name="confirm" value="true" aria-invalid={errors ? true : undefined} />
        数值无误，确认保存
      </label>
    </div>
  );
}
