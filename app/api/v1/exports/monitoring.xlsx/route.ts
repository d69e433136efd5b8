import { getDb } from '@/db';
import { parseMonitoringExportParams } from '@/server/exports/export-params';
import { buildMonitoringWorkbook } from '@/server/exports/monitoring-workbook';
import { parseRoundExport } from '@/server/exports/round-columns';
import { fileResponse } from '@/server/http/file-response';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/exports/monitoring.xlsx?year=YYYY&asOf=YYYY-MM[&project=ID][&department=ID][&round=ID] — 项目支出绩效目标执行监控表. */
export async function GET(request: Request): Promise<Response> {
  return handleApi(request, 'GET /api/v1/exports/monitoring.xlsx', async (actor) => {
    const search = new URL(request.url).searchParams;
    const forRound = parseRoundExport(getDb(), actor, search);
    return fileResponse(await buildMonitoringWorkbook(getDb(), actor, forRound?.params ?? parseMonitoringExportParams(search), forRound?.round));
  });
}
