import { describe, expect, it } from 'vitest';
import { openSessionId, sealSessionId } from './proxied-session';

const SECRET = 'test-secret-0123456789abcdef';

describe('the proxied session id', () => {
  it('opens with the secret it was sealed with', () => {
    expect(openSessionId(sealSessionId('abc_DEF-123', SECRET), SECRET)).toBe('abc_DEF-123');
  });

  it('does not open when forged, altered, sealed with another secret or missing', () => {
    const sealed = sealSessionId('abc', SECRET)!;
    expect(openSessionId(sealed, 'another-secret')).toBeNull();
    expect(openSessionId(sealed.replace(/^abc/, 'abd'), SECRET)).toBeNull();
    expect(openSessionId('abc.AAAA', SECRET)).toBeNull();
    expect(openSessionId('abc', SECRET)).toBeNull();
    expect(openSessionId(`${'a'.repeat(300)}.x`, SECRET)).toBeNull();
    expect(openSessionId(null, SECRET)).toBeNull();
    expect(openSessionId(sealed, '')).toBeNull();
  });

  it('is not made without a secret or a session id', () => {
    expect(sealSessionId('abc', '')).toBeNull();
    expect(sealSessionId('', SECRET)).toBeNull();
  });
});
