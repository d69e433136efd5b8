import type { ProjectAttachments } from '@/server/attachments/read-attachments';
import type { ProjectDetail } from '@/server/projects/get-project-detail';
import { IndicatorCard } from './indicator-card';

/** The project's indicators; `openIndicatorId` (from 我的填报) opens that one's entry form. */
export function IndicatorList({ detail, files, openIndicatorId }: { detail: ProjectDetail; files: ProjectAttachments; openIndicatorId: number | null }) {
  return (
    <section aria-label="绩效指标" className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">绩效指标（{detail.indicators.length}）</h2>
      {detail.indicators.map((item) => (
        <IndicatorCard
          key={item.indicator.id}
          item={item}
          detail={detail}
          attachments={files.attachments.filter((a) => a.indicatorId === item.indicator.id && a.period !== null)}
          open={item.indicator.id === openIndicatorId}
        />
      ))}
    </section>
  );
}
