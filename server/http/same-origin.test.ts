import { describe, expect, it } from 'vitest';
import { appOrigin, isJsonContentType, isSameOrigin } from './same-origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('same-origin checks', () => {
  it('takes the app origin from AUTH_URL, else from the host and scheme the server reports', () => {
    expect(appOrigin(h({ host: 'evil.example' }), 'https://jixiao.gov.cn/login')).toBe('https://jixiao.gov.cn');
    expect(appOrigin(h({ host: '127.0.0.1:3000' }), undefined)).toBe('http://127.0.0.1:3000');
    expect(appOrigin(h({ host: 'a', 'x-forwarded-host': 'jx.example', 'x-forwarded-proto': 'https,http' }), undefined)).toBe('https://jx.example');
  });

  it('accepts only an Origin naming the app itself', () => {
    const base = { host: '127.0.0.1:3000' };
    expect(isSameOrigin(h({ ...base, origin: 'http://127.0.0.1:3000' }), undefined)).toBe(true);
    expect(isSameOrigin(h({ ...base, origin: 'http://evil.example' }), undefined)).toBe(false);
    expect(isSameOrigin(h({ ...base, origin: 'https://127.0.0.1:3000' }), undefined)).toBe(false);
    expect(isSameOrigin(h({ ...base, origin: 'null' }), undefined)).toBe(false);
    expect(isSameOrigin(h(base), undefined)).toBe(false);
    expect(isSameOrigin(h({ ...base, origin: 'not a url' }), undefined)).toBe(false);
  });

  it('recognises a JSON body by its content type only', () => {
    expect(isJsonContentType(h({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
    expect(isJsonContentType(h({ 'content-type': 'text/plain' }))).toBe(false);
    expect(isJsonContentType(h({}))).toBe(false);
  });
});
