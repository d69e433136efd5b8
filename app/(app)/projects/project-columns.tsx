'use client';

import Link from 'next/link';
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { LightBadge } from '@/components/monitoring/light-badge';
import { formatPercent, formatWan } from '@/lib/format/number';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import type { SortKey } from '@/lib/project-list/params';

export const projectTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof projectTableFeatures, ProjectRow>();

/** Column id = the URL sort key, so a header click sorts on the server. */
export const projectColumns = helper.columns([
  helper.accessor('seq', { id: 'seq' satisfies SortKey, header: '序号', cell: (c) => c.getValue() }),
  helper.accessor('name', {
    id: 'name' satisfies SortKey,
    header: '项目名称',
    cell: (c) => (
      <Link href={`/projects/${c.row.original.id}`} className="text-blue-800 hover:underline">
        {c.getValue()}
        {c.row.original.keyMonitored && <span className="ml-1 rounded bg-orange-100 px-1 text-xs text-orange-800">重点</span>}
      </Link>
    ),
  }),
  helper.accessor('total', { id: 'total' satisfies SortKey, header: '总计（万元）', cell: (c) => formatWan(c.getValue()) }),
  helper.accessor((r) => r.owners.map((o) => o.displayName).join('、') || '—', { id: 'owner' satisfies SortKey, header: '负责人' }),
  helper.accessor('indicatorCount', { id: 'indicators' satisfies SortKey, header: '指标数' }),
  helper.accessor('onTrackCount', {
    id: 'onTrack' satisfies SortKey,
    header: '进度正常',
    cell: (c) => `${c.getValue()} / ${c.row.original.indicatorCount}`,
  }),
  helper.accessor('light', { id: 'light' satisfies SortKey, header: '目标灯号', cell: (c) => <LightBadge light={c.getValue()} /> }),
  helper.accessor('executionRate', {
    id: 'executionRate' satisfies SortKey,
    header: '预算执行率',
    cell: (c) => (
      <span className="flex items-center gap-2">
        <LightBadge light={c.row.original.budgetLight} label={formatPercent(c.getValue())} />
      </span>
    ),
  }),
]);

export const NUMERIC_COLUMNS = new Set(['seq', 'total', 'indicators', 'onTrack']);
