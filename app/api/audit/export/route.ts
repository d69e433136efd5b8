import { getDb } from '@/db';
import { parseAuditParams } from '@/lib/audit/params';
import { exportAuditLog } from '@/server/audit/export-audit';
import { requireActor } from '@/server/auth/actor';
import { fileResponse } from '@/server/http/file-response';
import { handleJson } from '@/server/http/json-response';

/** GET /api/audit/export?user=&action=&entity=&from=&to= — the filtered 审计日志 as CSV, for the auditor and the administrator. */
export async function GET(request: Request): Promise<Response> {
  return handleJson(async () => {
    const actor = await requireActor();
    const params = parseAuditParams(Object.fromEntries(new URL(request.url).searchParams));
    return fileResponse(exportAuditLog(getDb(), actor, params));
  });
}
