import { getDb } from '@/db';
import { parseAuditParams } from '@/lib/audit/params';
import { exportAuditLog } from '@/server/audit/export-audit';
import { fileResponse } from '@/server/http/file-response';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/audit/export?user=&action=&entity=&from=&to= — the filtered 审计日志 as CSV, for the auditor and the administrator. */
export async function GET(request: Request): Promise<Response> {
  return handleApi(
    request,
    'GET /api/audit/export',
    (actor) => {
      const params = parseAuditParams(Object.fromEntries(new URL(request.url).searchParams));
      return fileResponse(exportAuditLog(getDb(), actor, params));
    },
    { sessionOnly: true },
  );
}
