import { getDb } from '@/db';
import { parseListParams } from '@/lib/project-list/params';
import { parseExportFormat, parseExportScope } from '@/server/exports/export-params';
import { exportProjectList } from '@/server/exports/project-list-export';
import { fileResponse } from '@/server/http/file-response';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/exports/projects?format=xlsx|csv&year=YYYY&asOf=YYYY-MM[&department=ID]&<list filters> — the 项目 list. */
export async function GET(request: Request): Promise<Response> {
  return handleApi(request, 'GET /api/v1/exports/projects', async (actor) => {
    const search = new URL(request.url).searchParams;
    const format = parseExportFormat(search);
    const scope = parseExportScope(search);
    const list = parseListParams(Object.fromEntries(search));
    return fileResponse(await exportProjectList(getDb(), actor, { scope, list, format }));
  });
}
