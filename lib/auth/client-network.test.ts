import { describe, expect, it } from 'vitest';
import { clientNetwork, UNKNOWN_NETWORK } from './client-network';

describe('clientNetwork', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork(' 10.0.0.1 ')).toBe('10.0.0.1');
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const network = '2001:db8:85a3:1::/64';
    expect(clientNetwork('2001:db8:85a3:1::1')).toBe(network);
    expect(clientNetwork('2001:0db8:85a3:0001:ffff:ffff:ffff:ffff')).toBe(network);
    expect(clientNetwork('[2001:db8:85a3:1:a:b:c:d]')).toBe(network);
    expect(clientNetwork('2001:db8:85a3:1::5%eth0')).toBe(network);
    expect(clientNetwork('2001:db8:85a3:2::1')).not.toBe(network);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('puts clients without an address together, and keeps other text bounded', () => {
    expect(clientNetwork(null)).toBe(UNKNOWN_NETWORK);
    expect(clientNetwork('')).toBe(UNKNOWN_NETWORK);
    expect(clientNetwork('not-an-address')).toBe('not-an-address');
    expect(clientNetwork('999.1.1.1')).toBe('999.1.1.1');
    expect(clientNetwork('x'.repeat(100))).toHaveLength(64);
  });
});
