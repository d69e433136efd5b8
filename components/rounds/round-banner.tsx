import { formatPeriod } from '@/lib/format/number';
import { daysLeft } from '@/lib/rounds/dates';
import { ROUND_PROJECT_STATE_LABELS, ROUND_PROJECT_STATES, type RoundProjectState } from '@/lib/rounds/vocabulary';

export interface RoundBannerProps {
  period: string;
  deadline: string;
  official: boolean;
  counts: Record<RoundProjectState, number>;
  /** Today in Beijing, YYYY-MM-DD. */
  today: string;
}

function deadlineText(deadline: string, today: string): string {
  const left = daysLeft(deadline, today);
  if (left < 0) return `已逾期 ${-left} 天`;
  return left === 0 ? '今天截止' : `还剩 ${left} 天`;
}

/** The open monitoring round of a department–year: its month, deadline and how many projects are in each state. */
export function RoundBanner({ period, deadline, official, counts, today }: RoundBannerProps) {
  const overdue = daysLeft(deadline, today) < 0;
  return (
    <section aria-label="本期监控轮次" className={`flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border px-4 py-2 text-sm ${overdue ? 'border-red-200 bg-red-50' : 'border-blue-200 bg-blue-50'}`}>
      <span className="font-medium text-slate-800">
        {formatPeriod(period)}监控{official ? '（正式）' : ''}
      </span>
      <span className={overdue ? 'text-red-800' : 'text-slate-700'}>
        截止 {deadline}（{deadlineText(deadline, today)}）
      </span>
      <ul className="flex flex-wrap gap-x-3">
        {ROUND_PROJECT_STATES.map((state) => (
          <li key={state} data-round-count={state}>
            {ROUND_PROJECT_STATE_LABELS[state]} <span className="font-medium tabular-nums">{counts[state]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
