import { randomInt } from 'node:crypto';
import { passwordPolicyErrors } from '@/lib/auth/password-policy';

/** Letters and digits that cannot be mistaken for one another when read off a console (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A random one-time password such as `k7Rm-Xq2p-9dWz-Ht4s` (about 90 bits), meeting the password policy. */
export function generateOneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (passwordPolicyErrors(password).length === 0) return password;
  }
}
