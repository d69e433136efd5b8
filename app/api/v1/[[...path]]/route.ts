import { unknownPathResponse } from '@/server/api/respond';

/** Every /api/v1 path without its own route: 404 JSON (not the HTML 404 page). */
const notFound = () => unknownPathResponse();

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
