/** The OpenAPI 3.1 description of the REST API v1, served at GET /api/v1/openapi.json. */
import document from './openapi.json';

export const openApiDocument = document;
