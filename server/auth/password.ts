import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/** scrypt KDF; the stored form carries its parameters: `scrypt$N$r$p$salt$hash`. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(expected, actual);
}

let cachedUnknownUserHash: string | undefined;

/**
 * A hash no password matches in practice (of random bytes), with the same parameters as real ones: a sign-in with an
 * unknown username is verified against it, so that it costs the same time as one with a known username.
 */
export function unknownUserHash(): string {
  cachedUnknownUserHash ??= hashPassword(randomBytes(32).toString('base64'));
  return cachedUnknownUserHash;
}
