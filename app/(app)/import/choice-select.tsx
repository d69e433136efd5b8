'use client';

/** A select over a fixed set of codes shown by their Chinese labels; `emptyLabel` offers "none" (null). */
export function ChoiceSelect<T extends string>({
  label,
  value,
  labels,
  emptyLabel,
  invalid = false,
  onChange,
}: {
  label: string;
  value: T | null;
  labels: Record<T, string>;
  emptyLabel?: string;
  invalid?: boolean;
  onChange: (value: T | null) => void;
}) {
  return (
    <select
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}
      className={`w-full rounded border bg-white px-1 py-1 text-xs focus:border-blue-600 focus:outline-none ${invalid ? 'border-amber-500 bg-amber-50' : 'border-slate-300'}`}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {(Object.entries(labels) as [T, string][]).map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </select>
  );
}
