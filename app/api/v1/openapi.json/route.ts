import { openApiDocument } from '@/server/api/openapi';

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (public, like any documentation). */
export function GET() {
  return Response.json(openApiDocument);
}
