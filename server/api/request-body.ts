/** Reading a JSON request body: at most 64 KB, valid UTF-8 and JSON, an object. */
import { PayloadTooLargeError, ValidationError } from '../errors';

export const MAX_BODY_BYTES = 64 * 1024;

const TOO_LARGE = () => new PayloadTooLargeError(`请求体过大（上限 ${MAX_BODY_BYTES / 1024} KB）`);

/** The body as a JSON object; 413 when too large, ValidationError (400) when not UTF-8, not JSON or not an object. */
export async function readJsonObject(request: Request, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw TOO_LARGE();
  return parseJsonObject(await readLimited(request.body, limit, TOO_LARGE));
}

/** Reads a body as it streams in, counting bytes: past `limit` the stream is cancelled and `tooLarge()` thrown. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Decodes and parses a body already read. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError('请求体应为 UTF-8 编码的 JSON');
  }
  if (text.trim() === '') throw new ValidationError('请求体为空，应为 JSON 对象');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('请求体不是有效的 JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ValidationError('请求体应为 JSON 对象');
  return value as Record<string, unknown>;
}
