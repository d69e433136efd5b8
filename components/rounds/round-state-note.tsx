import { formatPeriod } from '@/lib/format/number';
import type { RoundProjectState } from '@/lib/rounds/vocabulary';

const NOTES: Record<RoundProjectState, (month: string) => string> = {
  pending: () => '尚未送审：补齐本月填报和执行数后由项目负责人送审。',
  submitted: () => '已送审，等待部门领导审核。',
  returned: () => '已退回负责人修改，修改后再次送审。',
  approved: (month) => `已审核通过：${month}及以前的填报、执行数和目标已锁定。`,
};

/** What the state means for the people looking at it, in one sentence. */
export function RoundStateNote({ state, period }: { state: RoundProjectState; period: string }) {
  return (
    <p data-testid="round-state-note" className="text-sm text-slate-700">
      {NOTES[state](formatPeriod(period))}
    </p>
  );
}
