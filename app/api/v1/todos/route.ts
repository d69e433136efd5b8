import { getDb } from '@/db';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';
import { getTodos } from '@/server/todos/list-todos';

/** GET /api/v1/todos — the caller's 待办 in open monitoring rounds. */
export async function GET(request: Request): Promise<Response> {
  return handleApi(request, 'GET /api/v1/todos', (actor) => apiJson(getTodos(getDb(), actor)));
}
