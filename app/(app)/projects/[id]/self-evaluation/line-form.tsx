'use client';

import { Button } from '@/components/ui/button';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { updateSelfEvaluationLineAction } from './actions';

interface Props {
  projectId: number;
  indicatorId: number;
  notApplicable: boolean;
  reason: string;
  analysis: string;
  /** Qualitative lines: the band the score may move in, and the score now. */
  band: { min: number; max: number; score: number | null } | null;
  maxText: number;
}

/** One line's edit: 不适用 with its reason, a qualitative score inside its band, the analysis. */
export function LineForm({ projectId, indicatorId, notApplicable, reason, analysis, band, maxText }: Props) {
  const { state, pending, onSubmit } = useFormAction(updateSelfEvaluationLineAction);
  const errors = state.fieldErrors;
  const id = (name: string) => `${name}-${indicatorId}`;
  return (
    <form aria-label="修改自评" onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="notApplicable" defaultChecked={notApplicable} />
        不适用（本年度无法评价，分值按比例分给其他指标）
      </label>
      {band && (
        <Field label={`得分（${band.min.toFixed(2)}–${band.max.toFixed(2)}）`} htmlFor={id('score')} hint="空着为区间中值" errors={errors.score}>
          <input id={id('score')} name="score" inputMode="decimal" defaultValue={band.score ?? ''} className={`${inputClass} w-32`} {...fieldAria(id('score'), errors.score)} />
        </Field>
      )}
      <Field label="理由（不适用或调整得分时必填）" htmlFor={id('reason')} errors={errors.reason}>
        <input id={id('reason')} name="reason" maxLength={maxText} defaultValue={reason} className={inputClass} {...fieldAria(id('reason'), errors.reason)} />
      </Field>
      <Field label="偏差原因分析及改进措施" htmlFor={id('analysis')} errors={errors.analysis}>
        <textarea id={id('analysis')} name="analysis" rows={2} maxLength={maxText} defaultValue={analysis} className={inputClass} {...fieldAria(id('analysis'), errors.analysis)} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? '保存中…' : '保存'}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
