import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponse } from './file-response';

describe('fileResponse', () => {
  it('names the download in UTF-8 (RFC 5987) with an ASCII fallback', () => {
    expect(contentDisposition('监控表-2022-07.xlsx', 'monitoring-2022-07.xlsx')).toBe(
      `attachment; filename="monitoring-2022-07.xlsx"; filename*=UTF-8''%E7%9B%91%E6%8E%A7%E8%A1%A8-2022-07.xlsx`,
    );
    expect(contentDisposition("项目(1)'s*.csv", 'a"b.csv')).toBe(
      `attachment; filename="a_b.csv"; filename*=UTF-8''%E9%A1%B9%E7%9B%AE%281%29%27s%2A.csv`,
    );
  });

  it('sends the body with its type and no caching', async () => {
    const response = fileResponse({ body: '\uFEFFa,b\r\n', filename: '项目列表.csv', fallbackFilename: 'projects.csv', contentType: 'text/csv; charset=utf-8' });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
