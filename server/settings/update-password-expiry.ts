import type { Db } from '@/db';
import { writeSetting } from '@/db/queries/app-settings';
import { PASSWORD_MAX_AGE_RANGE, type PasswordExpiry } from '@/lib/auth/password-change';
import { readTypedNumber } from '@/lib/forms/typed-number';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { loadPasswordExpiry, PASSWORD_EXPIRY_SETTING } from '../auth/password-expiry';
import { ValidationError } from '../errors';
import { assertSettingsAdmin } from './assert-settings-admin';

const { min, max } = PASSWORD_MAX_AGE_RANGE;
const RANGE_MESSAGE = `密码有效期应为 ${min}–${max} 天的整数；留空或填 0 表示不限`;

/** The field as typed: empty or 0 turns expiry off; otherwise a whole number of days within the range. */
function parseMaxAgeDays(text: unknown): number | null {
  const read = readTypedNumber(typeof text === 'string' ? text : '');
  if (!read.ok) throw new ValidationError(read.message, { passwordMaxAgeDays: [read.message] });
  if (read.value === null || read.value === 0) return null;
  if (!Number.isInteger(read.value) || read.value < min || read.value > max) {
    throw new ValidationError(RANGE_MESSAGE, { passwordMaxAgeDays: [RANGE_MESSAGE] });
  }
  return read.value;
}

/**
 * 密码有效期 (设置 → 账户安全): after this many days a password must be changed, the user being asked at their next
 * request. Audited with the days before and after. Returns the setting and whether it changed.
 */
export function updatePasswordExpiry(db: Db, actor: Actor, fields: { passwordMaxAgeDays?: unknown }): { expiry: PasswordExpiry; changed: boolean } {
  assertSettingsAdmin(actor);
  const expiry = { passwordMaxAgeDays: parseMaxAgeDays(fields.passwordMaxAgeDays) };
  const before = loadPasswordExpiry(db);
  if (before.passwordMaxAgeDays === expiry.passwordMaxAgeDays) return { expiry, changed: false };
  db.transaction((tx) => {
    writeSetting(tx, PASSWORD_EXPIRY_SETTING, expiry);
    recordAudit(tx, { actor, action: 'settings.password_expiry', entity: 'settings', entityId: PASSWORD_EXPIRY_SETTING, before, after: expiry });
  });
  return { expiry, changed: true };
}
