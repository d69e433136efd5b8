import Link from 'next/link';
import { auditParamsToQuery, type AuditParams } from '@/lib/audit/params';

const LINK = 'rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100';

export function AuditPagination({ params, page, pageCount }: { params: AuditParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/audit?${new URLSearchParams(auditParamsToQuery({ ...params, page: p }))}`;
  return (
    <nav aria-label="分页" className="flex items-center justify-end gap-2 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className={LINK}>上一页</Link> : <span className={`${LINK} opacity-40`}>上一页</span>}
      <span className="text-slate-600">
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? <Link href={href(page + 1)} className={LINK}>下一页</Link> : <span className={`${LINK} opacity-40`}>下一页</span>}
    </nav>
  );
}
