import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isHttps, newNonce } from './security-headers';

describe('security headers', () => {
  it('allows scripts only with the response nonce, never unsafe-inline or eval in production', () => {
    const csp = contentSecurityPolicy('abc123');
    const scripts = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('makes a different 128-bit nonce each time', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });

  it('knows HTTPS from the forwarding proxy or the public address', () => {
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'https' }), undefined)).toBe(true);
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'http' }), undefined)).toBe(false);
    expect(isHttps(new Headers(), 'https://jx.example')).toBe(true);
    expect(isHttps(new Headers(), 'http://localhost:3000')).toBe(false);
  });
});
