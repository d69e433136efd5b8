'use client';

import { useState } from 'react';
import type { AttachmentView } from '@/lib/attachments/types';
import type { MonitoringSettings } from '@/lib/monitoring/settings';
import type { MeasureMode, Target } from '@/lib/target-value/types';
import { isPeriodLocked } from '@/lib/rounds/locked';
import { EntryAttachments } from './entry-attachments';
import { EntryForm, type CurrentEntry } from './entry-form';

export interface EntryRules {
  target: Target;
  mode: MeasureMode;
  plannedPeriod: string | null;
  settings: MonitoringSettings;
}

interface Props {
  indicator: { id: number; name: string; unitFromName: boolean };
  rules: EntryRules;
  year: number;
  defaultPeriod: string;
  /** Months up to this one are locked by an approved monitoring round. */
  lockedThrough: string | null;
  current: CurrentEntry[];
  /** The indicator's 佐证材料 of every month. */
  attachments: AttachmentView[];
}

/**
 * The month being filled lives here, above the form: after a save the form is mounted afresh for that same month, so
 * the month, the replace-or-new state and the version the conflict check sends always describe one and the same month.
 */
export function EntryPanel({ indicator, rules, year, defaultPeriod, lockedThrough, current, attachments }: Props) {
  const [period, setPeriod] = useState(defaultPeriod);
  const [saved, setSaved] = useState<{ count: number; message: string }>({ count: 0, message: '' });
  const existing = current.find((c) => c.period === period) ?? null;
  return (
    <div className="flex flex-col gap-2">
      {saved.message && (
        <p role="status" className="rounded bg-green-50 px-2 py-1.5 text-sm text-green-800">
          {saved.message}
        </p>
      )}
      <EntryForm
        key={`${period}:${saved.count}`}
        indicator={indicator}
        rules={rules}
        year={year}
        period={period}
        lockedThrough={lockedThrough}
        existing={existing}
        others={current.filter((c) => c.period !== period)}
        onSaved={(message) => setSaved((s) => ({ count: s.count + 1, message }))}
        onPeriod={(p) => {
          setPeriod(p);
          setSaved((s) => ({ ...s, message: '' }));
        }}
      />
      <EntryAttachments
        indicatorId={indicator.id}
        period={period}
        items={attachments.filter((a) => a.period === period)}
        hasEntry={existing !== null}
        locked={isPeriodLocked(period, lockedThrough)}
      />
    </div>
  );
}
