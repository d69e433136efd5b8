import { formatPercent } from '@/lib/format/number';
import { qualitativeLight } from '@/lib/monitoring/lights';
import type { BudgetThresholds, LightThresholds } from '@/lib/monitoring/settings';
import { LIGHT_LABELS, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';
import { LightBadge } from './light-badge';

const pct = (x: number) => formatPercent(x).replace('.0%', '%');

/** `达成为绿灯，部分达成为黄灯，未达成为红灯`, from the rule itself. */
const QUALITATIVE_RULE = QUALITATIVE_STATUSES.map((s) => `${s}为${LIGHT_LABELS[qualitativeLight(s)]}`).join('，');

/** What each light means, in words and with the configured thresholds, so that nobody has to guess. */
export function LightLegend({ lights, budget }: { lights: LightThresholds; budget: BudgetThresholds }) {
  const items: [Parameters<typeof LightBadge>[0]['light'], string][] = [
    ['red', `完成比 < ${pct(lights.red)}`],
    ['yellow', `${pct(lights.red)} ≤ 完成比 < ${pct(lights.yellow)}`],
    ['green', `${pct(lights.yellow)} ≤ 完成比 < ${pct(lights.green)}`],
    ['blue', `完成比 ≥ ${pct(lights.green)}，目标可能偏低`],
    ['gray', '该月尚无填报'],
  ];
  return (
    <details className="no-print rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-600">
      <summary className="cursor-pointer">
        灯号说明：完成比 = 实际完成 ÷ 序时应完成
        <span className="ml-2 inline-flex flex-wrap gap-2 align-middle">
          {items.map(([light, text]) => (
            <span key={light} className="inline-flex items-center gap-1">
              <LightBadge light={light} />
              {text}
            </span>
          ))}
        </span>
      </summary>
      <ul className="mt-2 list-disc space-y-0.5 pl-5">
        <li>越低越好的指标（投诉、故障率等）：满足目标为绿灯，否则红灯。定性指标：{QUALITATIVE_RULE}。</li>
        <li>设定了计划完成月份的一次性指标，该月之前不要求完成；年末（12 月）未达成年度目标的指标不显示绿灯或蓝灯。</li>
        <li>项目灯号取其指标中最差的一个。预算执行：执行率 ÷ 序时进度 &lt; {pct(budget.red)} 为红灯，&lt; {pct(budget.yellow)} 为黄灯，其余为绿灯。</li>
      </ul>
    </details>
  );
}
