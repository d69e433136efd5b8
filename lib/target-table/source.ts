/** Where something was read, as the preview and the command line say it. */
import type { SourceRef } from './types';

/** `第 3 页第 12 行` (PDF), `表 1 第 5 行` (Word, web page), `工作表「申报表」第 4 行`, or `第 17 行`. */
export function describeSource(line: number, source?: SourceRef): string {
  if (source && 'page' in source) return `第 ${source.page} 页第 ${source.line} 行`;
  if (source && 'table' in source) return `表 ${source.table} 第 ${source.row} 行`;
  if (source && 'sheet' in source) return `工作表「${source.sheet}」第 ${source.row} 行`;
  return `第 ${source?.line ?? line} 行`;
}
