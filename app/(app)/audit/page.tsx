import { getDb } from '@/db';
import { auditParamsToQuery, parseAuditParams } from '@/lib/audit/params';
import type { SearchParams } from '@/lib/url/search-params';
import { readAuditLog } from '@/server/audit/read-audit';
import { deniedPage } from '../access-denied';
import { requirePageActor } from '../page-actor';
import { AuditFilters } from './audit-filters';
import { AuditPagination } from './audit-pagination';
import { AuditTable } from './audit-table';

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  if (actor.role !== 'auditor' && actor.role !== 'admin') return deniedPage(actor, '/audit', '只有审计员和系统管理员可以查看审计日志。');
  const params = parseAuditParams(await searchParams);
  const log = readAuditLog(getDb(), actor, params);
  const exportQuery = new URLSearchParams(auditParamsToQuery(params, { withPage: false }));
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">审计日志</h1>
          <p className="text-sm text-slate-500">
            记录每次登录、登录失败和数据修改：谁、何时、做了什么、修改前后的内容。日志只能追加，任何角色（包括系统管理员）都不能修改或删除。
          </p>
        </div>
        <a href={`/api/audit/export?${exportQuery}`} download className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100">
          导出 CSV（按当前筛选）
        </a>
      </header>
      <AuditFilters key={JSON.stringify(params)} params={params} facets={log.facets} />
      <AuditTable records={log.records} total={log.total} subjects={log.subjects} />
      <AuditPagination params={params} page={log.page} pageCount={log.pageCount} />
    </div>
  );
}
