import { openApiDocument } from '@/server/api/openapi/document';

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (public, like any documentation). */
export function GET() {
  return Response.json(openApiDocument());
}
