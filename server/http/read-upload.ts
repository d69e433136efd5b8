import { readLimited } from '../api/request-body';
import { PayloadTooLargeError } from '../errors';

/**
 * The raw body of an upload, counted as it streams in: a declared or actual size over `limit` is refused with
 * 413 and `tooLarge` before the rest is read.
 */
export async function readUpload(request: Request, limit: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  const refuse = () => new PayloadTooLargeError(tooLarge);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw refuse();
  return readLimited(request.body, limit, refuse);
}
