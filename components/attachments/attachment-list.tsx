'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatPeriod } from '@/lib/format/number';
import { formatSize } from '@/lib/format/size';
import { formatTimestamp } from '@/lib/format/timestamp';
import type { AttachmentView } from '@/lib/attachments/types';
import { FormMessage } from '../ui/form-message';

interface Props {
  items: AttachmentView[];
  /** The owner may remove them (the month open, the 自评 editable). */
  removable: boolean;
  /** Show each one's month (a list of several months). */
  withPeriod?: boolean;
  empty: string;
}

/** 佐证材料 with name, size, who and when; the name downloads the file; the owner removes one after confirming. */
export function AttachmentList({ items, removable, withPeriod = false, empty }: Props) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string | null }>({ ok: true, message: null });
  const [busy, setBusy] = useState<number | null>(null);

  async function remove(item: AttachmentView) {
    if (!window.confirm(`删除佐证材料「${item.name}」？删除后不能恢复。`)) return;
    setBusy(item.id);
    const response = await fetch(`/api/v1/attachments/${item.id}`, { method: 'DELETE' });
    setBusy(null);
    if (response.status === 204) {
      setState({ ok: true, message: `已删除「${item.name}」` });
      router.refresh();
    } else {
      setState({ ok: false, message: ((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? '删除失败，请稍后重试' });
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul aria-label="佐证材料" className="flex flex-col divide-y divide-slate-100 rounded border border-slate-200">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-0.5 px-2 py-1.5 text-sm">
              <a href={`/api/v1/attachments/${item.id}`} download={item.name} className="basis-full break-all text-blue-800 hover:underline sm:min-w-0 sm:flex-1 sm:basis-auto">
                {withPeriod && item.period && <span className="mr-1 text-slate-500">{formatPeriod(item.period)}</span>}
                {item.name}
              </a>
              <span className="tabular-nums text-slate-600">{formatSize(item.size)}</span>
              <span className="text-xs text-slate-500">
                {item.uploader} · {formatTimestamp(item.createdAt).slice(0, 16)}
              </span>
              {removable && (
                <button
                  type="button"
                  onClick={() => remove(item)}
                  disabled={busy === item.id}
                  aria-label={`删除 ${item.name}`}
                  className="ml-auto rounded px-1.5 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:text-slate-400"
                >
                  删除
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={state} />
    </div>
  );
}
