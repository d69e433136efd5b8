'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { REVERSE_SCORING_LABELS, REVERSE_SCORINGS, type MonitoringSettings } from '@/lib/monitoring/settings';
import { SELF_EVALUATION_WARNING_LABELS, SELF_EVALUATION_WARNINGS } from '@/lib/self-evaluation/vocabulary';
import { useFormAction } from '../../use-form-action';
import { updateSettingsAction } from './actions';

function NumberField({ name, label, value, hint }: { name: string; label: string; value: number; hint?: string }) {
  return (
    <Field label={label} htmlFor={name} hint={hint}>
      <input id={name} name={name} defaultValue={value} inputMode="decimal" required className={`${inputClass} w-28`} />
    </Field>
  );
}

export function SettingsForm({ settings }: { settings: MonitoringSettings }) {
  const { state, pending, onSubmit } = useFormAction(updateSettingsAction);
  const { lightThresholds: light, budgetThresholds: budget, scoring } = settings;
  return (
    <form onSubmit={onSubmit} aria-label="监控与评分设置" className="flex flex-col gap-4">
      <fieldset disabled={pending} className="flex flex-col gap-4">
        <Card title="指标灯号（v = 实际 / 序时应完成）">
          <div className="flex flex-wrap gap-4">
            <NumberField name="lightRed" label="低于此值为红灯" value={light.red} />
            <NumberField name="lightYellow" label="低于此值为黄灯" value={light.yellow} />
            <NumberField name="lightGreen" label="低于此值为绿灯，否则蓝灯" value={light.green} />
          </div>
        </Card>
        <Card title="预算执行灯号（v = 执行率 / 序时进度）">
          <div className="flex flex-wrap gap-4">
            <NumberField name="budgetRed" label="低于此值为红灯" value={budget.red} />
            <NumberField name="budgetYellow" label="低于此值为黄灯，否则绿灯" value={budget.yellow} />
          </div>
        </Card>
        <Card title="填报">
          <div className="flex flex-wrap gap-4">
            <Field label="偏差原因类别（每行一个）" htmlFor="deviationReasons">
              <textarea id="deviationReasons" name="deviationReasons" rows={5} defaultValue={settings.deviationReasons.join('\n')} className={`${inputClass} w-64`} />
            </Field>
            <NumberField name="officialRoundMonth" label="官方监控月份" value={settings.officialRoundMonth} hint="该月汇总此前各月数据（8 月即 1–7 月）" />
            <NumberField name="noteMaxLength" label="备注与原因说明的字数上限" value={settings.noteMaxLength} />
          </div>
        </Card>
        <Card title="合理性检查（超出时须填报人确认后才保存）">
          <div className="flex flex-wrap gap-4">
            <NumberField name="maxTargetMultiple" label="累计超过年度目标的倍数" value={settings.plausibility.maxTargetMultiple} hint="如 10：超过目标 10 倍须确认" />
            <Field label="计数单位（以、分隔；这些单位的值应为整数）" htmlFor="countUnits">
              <input id="countUnits" name="countUnits" defaultValue={settings.plausibility.countUnits.join('、')} className={`${inputClass} w-80`} />
            </Field>
          </div>
        </Card>
        <Card title="目标调整">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="leaderApprovesTargetChanges" defaultChecked={settings.leaderApprovesTargetChanges} />
            部门领导也可以审批本部门的目标调整
          </label>
          <p className="mt-1 text-xs text-slate-500">不勾选时只有系统管理员可以审批；部门领导始终可以查看待审批的调整。</p>
        </Card>
        <Card title="年终自评（保存后，草稿和已退回的自评按新规则重新计算；已提交、已通过的保持提交时的结果）">
          <div className="flex flex-wrap gap-4">
            <NumberField name="weightBudget" label="预算执行率分值" value={scoring.weights.budget} />
            <NumberField name="weightOutput" label="产出指标分值" value={scoring.weights.output} hint="含成本指标" />
            <NumberField name="weightBenefit" label="效益指标分值" value={scoring.weights.benefit} />
            <NumberField name="weightSatisfaction" label="满意度指标分值" value={scoring.weights.satisfaction} />
            <Field label="反向指标计分" htmlFor="reverseScoring">
              <select id="reverseScoring" name="reverseScoring" defaultValue={scoring.reverseScoring} className={inputClass}>
                {REVERSE_SCORINGS.map((r) => (
                  <option key={r} value={r}>
                    {REVERSE_SCORING_LABELS[r]}
                  </option>
                ))}
              </select>
            </Field>
            <NumberField name="grade优" label="“优”最低分" value={scoring.grades.优} />
            <NumberField name="grade良" label="“良”最低分" value={scoring.grades.良} />
            <NumberField name="grade中" label="“中”最低分" value={scoring.grades.中} />
          </div>
          <fieldset className="mt-4 flex flex-col gap-2">
            <legend className="text-sm font-medium text-slate-700">自评预警（提交前提示，不阻止提交）</legend>
            {SELF_EVALUATION_WARNINGS.map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name={`warning-${code}`} defaultChecked={scoring.warnings.enabled.includes(code)} />
                {SELF_EVALUATION_WARNING_LABELS[code]}
              </label>
            ))}
            <div className="flex flex-wrap gap-4">
              <NumberField name="warningSpendingGap" label="得分与执行偏离阈值" value={scoring.warnings.spendingGap} hint="(指标得分率 − 预算得分率) ÷ 指标得分率 超过此值预警；0.05 即 5%" />
              <NumberField name="warningLowExecution" label="执行率预警线" value={scoring.warnings.lowExecutionRate} hint="执行率低于此值且未说明原因时预警；0.8 即 80%" />
            </div>
          </fieldset>
        </Card>
        <FormMessage state={state} />
        <div>
          <Button type="submit">{pending ? '保存中…' : '保存设置'}</Button>
        </div>
      </fieldset>
    </form>
  );
}
