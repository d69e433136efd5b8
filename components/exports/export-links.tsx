import { DEFAULT_LIST_PARAMS, listParamsToQuery, type ProjectListParams } from '@/lib/project-list/params';

const LINK_CLASS = 'rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100';

interface ExportLink {
  href: string;
  label: string;
}

function url(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query)}`;
}

/** Plain download links (no client code): the server answers with Content-Disposition: attachment. */
function ExportLinks({ links }: { links: ExportLink[] }) {
  return (
    <div className="no-print flex flex-wrap items-center justify-end gap-2">
      {links.map(({ href, label }) => (
        <a key={href} href={href} download className={LINK_CLASS}>
          {label}
        </a>
      ))}
    </div>
  );
}

/** The project page's link to its 项目支出绩效目标执行监控表. */
export function ProjectExportLink({ projectId, year, asOf }: { projectId: number; year: number; asOf: string }) {
  const href = url('/api/v1/exports/monitoring.xlsx', { year: String(year), asOf, project: String(projectId) });
  return <ExportLinks links={[{ href, label: '导出监控表（Excel）' }]} />;
}

/** The 项目支出绩效目标执行监控表 of every project of a department–year (one sheet per project). */
export function DepartmentExportLink({ departmentId, year, asOf }: { departmentId: number; year: number; asOf: string }) {
  const href = url('/api/v1/exports/monitoring.xlsx', { year: String(year), asOf, department: String(departmentId) });
  return <ExportLinks links={[{ href, label: '导出本部门监控表（Excel）' }]} />;
}

interface ProjectListExportProps {
  departmentId: number;
  year: number;
  asOf: string;
  params: ProjectListParams;
}

/** The project list's Excel and CSV links, carrying its filters and sort (every page of the result). */
export function ProjectListExportLinks({ departmentId, year, asOf, params }: ProjectListExportProps) {
  const filters = listParamsToQuery({ ...params, page: 1, size: DEFAULT_LIST_PARAMS.size });
  const query = { department: String(departmentId), year: String(year), asOf, ...filters };
  return (
    <ExportLinks
      links={[
        { href: url('/api/v1/exports/projects', { format: 'xlsx', ...query }), label: '导出 Excel' },
        { href: url('/api/v1/exports/projects', { format: 'csv', ...query }), label: '导出 CSV' },
        { href: url('/api/v1/exports/monitoring.xlsx', { year: String(year), asOf, department: String(departmentId) }), label: '导出本部门监控表' },
      ]}
    />
  );
}
