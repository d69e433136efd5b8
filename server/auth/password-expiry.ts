import type { DbOrTx } from '@/db';
import { readSetting } from '@/db/queries/app-settings';
import type { User } from '@/db/schema';
import { DEFAULT_PASSWORD_EXPIRY, PASSWORD_MAX_AGE_RANGE, passwordChangeReason, type PasswordChangeReason, type PasswordExpiry } from '@/lib/auth/password-change';

export const PASSWORD_EXPIRY_SETTING = 'password_expiry';

/** The configured password expiry (设置 → 账户安全); none when unset or unreadable. */
export function loadPasswordExpiry(db: DbOrTx): PasswordExpiry {
  const days = readSetting<PasswordExpiry>(db, PASSWORD_EXPIRY_SETTING)?.passwordMaxAgeDays;
  const valid = Number.isInteger(days) && days! >= PASSWORD_MAX_AGE_RANGE.min && days! <= PASSWORD_MAX_AGE_RANGE.max;
  return valid ? { passwordMaxAgeDays: days! } : DEFAULT_PASSWORD_EXPIRY;
}

/** Why this user must change their password now, if they must. */
export function passwordChangeOf(db: DbOrTx, user: User, now = new Date()): PasswordChangeReason | null {
  return passwordChangeReason(user, loadPasswordExpiry(db), now);
}
