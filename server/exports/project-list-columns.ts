/** The columns of the 项目 list (as on the page), for the .xlsx and .csv exports. */
import { formatPercent } from '@/lib/format/number';
import { LIGHT_LABELS } from '@/lib/monitoring/types';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import type { CsvValue } from './csv';
import { PERCENT_FORMAT, WAN_FORMAT } from './sheet-style';

interface ProjectListColumn {
  header: string;
  width: number;
  /** The cell value in the workbook (numbers stay numbers, formatted by numFmt). */
  cell: (row: ProjectRow) => string | number | null;
  /** The field in the CSV, as Excel should read it. */
  csv: (row: ProjectRow) => CsvValue;
  numFmt?: string;
}

const owners = (row: ProjectRow) => row.owners.map((o) => o.displayName).join('、');
const onTrack = (row: ProjectRow) => `${row.onTrackCount} / ${row.indicatorCount}`;

export const PROJECT_LIST_COLUMNS: ProjectListColumn[] = [
  { header: '序号', width: 6, cell: (r) => r.seq, csv: (r) => r.seq },
  { header: '项目名称', width: 44, cell: (r) => r.name, csv: (r) => r.name },
  { header: '总计（万元）', width: 14, cell: (r) => r.total, csv: (r) => (r.total === null ? null : r.total.toFixed(2)), numFmt: WAN_FORMAT },
  { header: '负责人', width: 16, cell: owners, csv: owners },
  { header: '指标数', width: 8, cell: (r) => r.indicatorCount, csv: (r) => r.indicatorCount },
  { header: '进度正常', width: 10, cell: onTrack, csv: onTrack },
  { header: '目标灯号', width: 10, cell: (r) => LIGHT_LABELS[r.light], csv: (r) => LIGHT_LABELS[r.light] },
  {
    header: '预算执行率',
    width: 12,
    cell: (r) => r.executionRate,
    csv: (r) => (r.executionRate === null ? null : formatPercent(r.executionRate)),
    numFmt: PERCENT_FORMAT,
  },
];
