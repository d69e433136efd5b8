import { AppError, ConflictError, ImplausibleError, SubmissionIncompleteError } from '../errors';

/** Maps a use case's typed error to a JSON response with its status and Chinese message. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: Record<string, unknown> = { error: error.message };
    if (Object.keys(error.fieldErrors).length > 0) body.fieldErrors = error.fieldErrors;
    if (error instanceof ConflictError && error.current) body.current = error.current;
    if (error instanceof ImplausibleError) Object.assign(body, { code: error.code, warnings: error.warnings });
    if (error instanceof SubmissionIncompleteError) body.missing = error.missing;
    return Response.json(body, { status: error.status, headers: { 'Cache-Control': 'no-store' } });
  }
  console.error(error);
  return Response.json({ error: '服务器内部错误' }, { status: 500 });
}
