'use client';

import { Button } from '@/components/ui/button';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { updateSelfEvaluationSummaryAction } from './actions';

interface Props {
  projectId: number;
  adjustedBudget: number | null;
  goalActual: string;
  budgetAnalysis: string;
  maxText: number;
}

/** The owner's 全年预算数 (when the budget was adjusted), 实际完成情况 of the 年度总体目标 and the budget's analysis. */
export function SummaryForm({ projectId, adjustedBudget, goalActual, budgetAnalysis, maxText }: Props) {
  const { state, pending, onSubmit } = useFormAction(updateSelfEvaluationSummaryAction);
  const errors = state.fieldErrors;
  return (
    <form aria-label="自评概况" onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="projectId" value={projectId} />
      <Field label="全年预算数（万元）" htmlFor="adjustedBudget" hint="预算在年度中调整过时填写；空着即与年初预算数相同" errors={errors.adjustedBudget}>
        <input id="adjustedBudget" name="adjustedBudget" inputMode="decimal" defaultValue={adjustedBudget ?? ''} className={`${inputClass} w-40`} {...fieldAria('adjustedBudget', errors.adjustedBudget)} />
      </Field>
      <Field label="年度总体目标实际完成情况" htmlFor="goalActual" errors={errors.goalActual}>
        <textarea id="goalActual" name="goalActual" rows={3} maxLength={maxText} defaultValue={goalActual} className={inputClass} {...fieldAria('goalActual', errors.goalActual)} />
      </Field>
      <Field label="预算执行偏差原因分析及改进措施" htmlFor="budgetAnalysis" hint="执行率得分低于分值时提交前必填" errors={errors.budgetAnalysis}>
        <textarea id="budgetAnalysis" name="budgetAnalysis" rows={2} maxLength={maxText} defaultValue={budgetAnalysis} className={inputClass} {...fieldAria('budgetAnalysis', errors.budgetAnalysis)} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? '保存中…' : '保存概况'}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
