'use client';

import { useTable } from '@tanstack/react-table';
import { useUrlParams } from '@/components/scope/use-url-params';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import { PAGE_SIZES, type ProjectListParams } from '@/lib/project-list/params';
import { NUMERIC_COLUMNS, projectColumns, projectTableFeatures } from './project-columns';

interface Props {
  rows: ProjectRow[];
  params: ProjectListParams;
  total: number;
  page: number;
  pageCount: number;
}

export function ProjectsTable({ rows, params, total, page, pageCount }: Props) {
  const go = useUrlParams();
  const table = useTable({ features: projectTableFeatures, columns: projectColumns, data: rows });

  function sortBy(id: string) {
    const desc = params.sort === id ? !params.desc : false;
    go({ sort: id, dir: desc ? 'desc' : '' });
  }

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[52rem] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = params.sort === header.id ? (params.desc ? 'descending' : 'ascending') : 'none';
                  return (
                    <th key={header.id} aria-sort={sorted} className={`px-3 py-2 font-medium ${NUMERIC_COLUMNS.has(header.id) ? 'text-right' : ''}`}>
                      <button type="button" className="inline-flex items-center gap-1 hover:text-blue-800" onClick={() => sortBy(header.id)}>
                        <table.FlexRender header={header} />
                        <span aria-hidden className="text-xs text-slate-400">
                          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 hover:bg-slate-50">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`px-3 py-2 ${NUMERIC_COLUMNS.has(cell.column.id) ? 'text-right tabular-nums' : ''}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={projectColumns.length} className="px-3 py-8 text-center text-slate-500">
                  没有符合条件的项目
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <footer className="no-print flex items-center justify-between border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
        <span data-testid="project-count">共 {total} 个项目</span>
        <div className="flex items-center gap-2">
          <button type="button" disabled={page <= 1} onClick={() => go({ page: String(page - 1) }, { keepPage: true })} className="rounded border px-2 py-0.5 disabled:opacity-40">
            上一页
          </button>
          <span>
            第 {page} / {pageCount} 页
          </span>
          <button type="button" disabled={page >= pageCount} onClick={() => go({ page: String(page + 1) }, { keepPage: true })} className="rounded border px-2 py-0.5 disabled:opacity-40">
            下一页
          </button>
          <select aria-label="每页条数" value={params.size} onChange={(e) => go({ size: e.target.value })} className="rounded border px-1 py-0.5">
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                每页 {s} 条
              </option>
            ))}
          </select>
        </div>
      </footer>
    </div>
  );
}
