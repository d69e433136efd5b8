import { AttachmentList } from '@/components/attachments/attachment-list';
import { AttachmentUpload } from '@/components/attachments/attachment-upload';
import type { AttachmentView } from '@/lib/attachments/types';
import { formatPeriod } from '@/lib/format/number';

interface Props {
  indicatorId: number;
  period: string;
  items: AttachmentView[];
  /** The month has a current entry to attach to. */
  hasEntry: boolean;
  /** An approved round has locked the month. */
  locked: boolean;
}

/** The 佐证材料 of the month being filled: listed, downloaded, removed and added until the month is locked. */
export function EntryAttachments({ indicatorId, period, items, hasEntry, locked }: Props) {
  return (
    <section aria-label={`${formatPeriod(period)}佐证材料`} className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h4 className="text-sm font-medium text-slate-700">
        {formatPeriod(period)}佐证材料（{items.length}）
      </h4>
      <AttachmentList items={items} removable={!locked} empty="尚无佐证材料。" />
      {locked ? (
        <p className="text-xs text-slate-600">该月已审核通过并锁定，佐证材料不能再增删。</p>
      ) : hasEntry ? (
        <AttachmentUpload url={`/api/v1/indicators/${indicatorId}/entries/${period}/attachments`} label={`为${formatPeriod(period)}的填报选择佐证材料`} />
      ) : (
        <p className="text-xs text-slate-600">先保存该月的填报，再上传佐证材料。</p>
      )}
    </section>
  );
}
