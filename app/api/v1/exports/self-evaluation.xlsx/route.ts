import { getDb } from '@/db';
import { buildSelfEvaluationWorkbook, parseSelfEvaluationExportParams } from '@/server/exports/self-evaluation-workbook';
import { fileResponse } from '@/server/http/file-response';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/exports/self-evaluation.xlsx?project=ID | ?year=YYYY[&department=ID] — 项目支出绩效自评表. */
export async function GET(request: Request): Promise<Response> {
  return handleApi(request, 'GET /api/v1/exports/self-evaluation.xlsx', async (actor) => {
    const params = parseSelfEvaluationExportParams(new URL(request.url).searchParams);
    return fileResponse(await buildSelfEvaluationWorkbook(getDb(), actor, params));
  });
}
