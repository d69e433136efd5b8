/**
 * The indicator columns of the 项目支出绩效目标执行监控表, in order: each column's header, width, alignment and cell. A
 * column with a `group` sits under that group's header (偏差原因); the others span both header rows. Another set of
 * columns is one more function whose columns are spread into the list below.
 */
import type { IndicatorRow } from './indicator-row';

export interface MonitoringColumn {
  header: string;
  /** The header above a run of adjacent columns (the second header row holds their own). */
  group?: string;
  width: number;
  kind: 'text' | 'center';
  cell: (row: IndicatorRow) => string;
}

/** 一级, 二级, 三级, 年度指标值, 执行情况, 预计, one per 偏差原因, 可能性, 原因说明/备注. */
export function monitoringColumns(months: string, reasons: readonly string[]): MonitoringColumn[] {
  return [
    { header: '一级指标', width: 12, kind: 'center', cell: (r) => r.category },
    { header: '二级指标', width: 14, kind: 'center', cell: (r) => r.subcategory },
    { header: '三级指标', width: 26, kind: 'text', cell: (r) => r.name },
    { header: '年度指标值', width: 16, kind: 'center', cell: (r) => r.target },
    { header: `${months}执行情况`, width: 16, kind: 'center', cell: (r) => r.execution },
    { header: '全年预计完成情况', width: 14, kind: 'center', cell: (r) => r.forecast },
    ...reasons.map((reason, i): MonitoringColumn => ({ header: reason, group: '偏差原因', width: 7, kind: 'center', cell: (r) => r.reasons[i] ?? '' })),
    { header: '完成目标可能性', width: 12, kind: 'center', cell: (r) => r.possibility },
    { header: '原因说明/备注', width: 32, kind: 'text', cell: (r) => r.remark },
  ];
}

/** Runs of adjacent columns: a grouped run shares its group's header; an ungrouped column is a run of its own. */
export function headerRuns(columns: readonly MonitoringColumn[]): { from: number; to: number; group?: string }[] {
  const runs: { from: number; to: number; group?: string }[] = [];
  columns.forEach((column, i) => {
    const last = runs.at(-1);
    if (column.group && last?.group === column.group && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, group: column.group });
  });
  return runs;
}
