import { describe, expect, it } from 'vitest';
import { tokenExpiry, tokenState, tokenStateLabel } from './token-state';

const now = new Date('2024-05-01T08:00:00Z');

describe('token state', () => {
  it('is active until its expiry, expired from then on, revoked whatever the date', () => {
    const expiresAt = tokenExpiry(new Date('2024-02-01T08:00:00Z'), 90);
    expect(expiresAt).toBe('2024-05-01T08:00:00.000Z');
    expect(tokenState({ revokedAt: null, expiresAt }, new Date(now.getTime() - 1))).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt }, now)).toBe('expired');
    expect(tokenState({ revokedAt: '2024-03-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' }, now)).toBe('revoked');
  });

  it('says in Chinese why a token was revoked', () => {
    const revoked = { revokedAt: '2024-03-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' };
    expect(tokenStateLabel({ ...revoked, revokeReason: 'password_change' }, now)).toBe('已吊销（用户修改密码）');
    expect(tokenStateLabel({ ...revoked, revokeReason: null }, now)).toBe('已吊销');
    expect(tokenStateLabel({ revokedAt: null, revokeReason: null, expiresAt: '2099-01-01T00:00:00Z' }, now)).toBe('有效');
  });
});
