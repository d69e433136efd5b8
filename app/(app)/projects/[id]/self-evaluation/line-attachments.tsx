import { AttachmentList } from '@/components/attachments/attachment-list';
import { AttachmentUpload } from '@/components/attachments/attachment-upload';
import type { AttachmentView } from '@/lib/attachments/types';

interface Props {
  projectId: number;
  indicatorId: number;
  name: string;
  /** The line's own 佐证材料 (a 满意度调查, say). */
  items: AttachmentView[];
  /** How many the indicator's monthly entries carry: they count as evidence too. */
  fromEntries: number;
  canEdit: boolean;
}

/** A 自评 line's 佐证材料: the owner adds and removes them while the 自评 is a draft or returned. */
export function LineAttachments({ projectId, indicatorId, name, items, fromEntries, canEdit }: Props) {
  if (!canEdit && items.length === 0 && fromEntries === 0) return null;
  return (
    <details aria-label={`「${name}」的佐证材料`} className="no-print mt-2">
      <summary className="cursor-pointer text-sm text-blue-800">
        佐证材料（{items.length}）{fromEntries > 0 && `；各月填报另附 ${fromEntries} 份，见项目页`}
      </summary>
      <div className="mt-2 flex flex-col gap-1.5">
        <AttachmentList items={items} removable={canEdit} empty="本行尚无佐证材料。" />
        {canEdit && <AttachmentUpload url={`/api/v1/projects/${projectId}/self-evaluation/lines/${indicatorId}/attachments`} label={`为「${name}」选择佐证材料`} />}
      </div>
    </details>
  );
}
