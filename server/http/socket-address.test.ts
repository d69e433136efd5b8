import { describe, expect, it } from 'vitest';
import { requestAddress } from './socket-address';

describe('requestAddress', () => {
  it('takes the socket peer, ignoring what the client claims unless a proxy is trusted', () => {
    expect(requestAddress('::ffff:192.0.2.1', '203.0.113.9', false)).toBe('192.0.2.1');
    expect(requestAddress('2001:db8::1', undefined, false)).toBe('2001:db8::1');
  });

  it('behind a trusted proxy takes the address that proxy appended', () => {
    expect(requestAddress('127.0.0.1', '203.0.113.9, 198.51.100.4', true)).toBe('198.51.100.4');
    expect(requestAddress('127.0.0.1', ['203.0.113.9', '198.51.100.4'], true)).toBe('198.51.100.4');
    expect(requestAddress('127.0.0.1', undefined, true)).toBe('127.0.0.1');
  });

  it('bounds what it keeps', () => {
    expect(requestAddress('x'.repeat(500), undefined, false)).toHaveLength(64);
    expect(requestAddress(undefined, undefined, false)).toBe('');
  });
});
