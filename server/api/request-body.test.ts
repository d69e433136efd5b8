import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, readJsonObject } from './request-body';

const put = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/v1/x', { method: 'PUT', body, headers, ...(body instanceof ReadableStream && { duplex: 'half' }) });

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readJsonObject', () => {
  it('returns the object sent', async () => {
    await expect(readJsonObject(put('{"value": 3, "note": "好"}'))).resolves.toEqual({ value: 3, note: '好' });
  });

  it('refuses malformed JSON, non-objects and an empty body in Chinese', async () => {
    await expect(readJsonObject(put('{"value": 3'))).rejects.toThrow('不是有效的 JSON');
    for (const body of ['[1]', 'null', '3', '"text"', 'true']) {
      await expect(readJsonObject(put(body))).rejects.toThrow('应为 JSON 对象');
    }
    await expect(readJsonObject(put(null))).rejects.toThrow('请求体为空');
    await expect(readJsonObject(put(new Uint8Array([0x7b, 0xff, 0x7d])))).rejects.toThrow('UTF-8');
  });

  it('refuses a body over 64 KB, by its declared length or by what arrives', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES) });
    await expect(readJsonObject(put(big))).rejects.toThrow('请求体过大（上限 64 KB）');
    const chunked = put(stream(['{"note":"', 'y'.repeat(MAX_BODY_BYTES), '"}']));
    expect(chunked.headers.get('content-length')).toBeNull();
    await expect(readJsonObject(chunked)).rejects.toMatchObject({ status: 413 });
  });

  it('accepts a body of exactly 64 KB', async () => {
    const padding = MAX_BODY_BYTES - JSON.stringify({ note: '' }).length;
    const body = JSON.stringify({ note: 'z'.repeat(padding) });
    expect(new TextEncoder().encode(body).byteLength).toBe(MAX_BODY_BYTES);
    await expect(readJsonObject(put(body))).resolves.toHaveProperty('note');
  });
});
