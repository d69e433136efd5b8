import { LIGHT_LABELS, type Light } from '@/lib/monitoring/types';

const STYLES: Record<Light, { dot: string; text: string; icon: string }> = {
  red: { dot: 'bg-light-red', text: 'text-red-800 bg-red-50 border-red-200', icon: '✕' },
  yellow: { dot: 'bg-light-yellow', text: 'text-amber-900 bg-amber-50 border-amber-200', icon: '!' },
  green: { dot: 'bg-light-green', text: 'text-green-800 bg-green-50 border-green-200', icon: '✓' },
  blue: { dot: 'bg-light-blue', text: 'text-blue-800 bg-blue-50 border-blue-200', icon: '↑' },
  gray: { dot: 'bg-light-gray', text: 'text-slate-600 bg-slate-50 border-slate-200', icon: '–' },
};

/** A light with an icon and a word beside the colour, readable without colour vision. */
export function LightBadge({ light, label }: { light: Light; label?: string }) {
  const style = STYLES[light];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${style.text}`}
      data-light={light}
      title={LIGHT_LABELS[light]}
    >
      <span aria-hidden className={`inline-flex h-3.5 w-3.5 items-center justify-center rounded-full text-[9px] text-white ${style.dot}`}>
        {style.icon}
      </span>
      {label ?? LIGHT_LABELS[light]}
      {label !== undefined && !label.includes(LIGHT_LABELS[light]) && <span className="sr-only">（{LIGHT_LABELS[light]}）</span>}
    </span>
  );
}
