/** Responses of the REST API v1: JSON, never cached (the data is per user and changes). */

export function apiJson(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** Any path under /api/v1 that names no resource. */
export function unknownPathResponse(): Response {
  return apiJson({ error: '接口不存在，请参阅 /api/v1/openapi.json' }, {}, 404);
}
