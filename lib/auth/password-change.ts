/**
 * When a user must change their password before doing anything else (pure rules). A stored reason comes from an
 * event — a one-time password at the account's creation, an administrator's reset, demo mode turned off while the
 * account still has the published demo password — and `expired` from the password's age against the setting.
 */
export const STORED_PASSWORD_CHANGE_REASONS = ['initial', 'reset', 'demo'] as const;
export type StoredPasswordChangeReason = (typeof STORED_PASSWORD_CHANGE_REASONS)[number];
export type PasswordChangeReason = StoredPasswordChangeReason | 'expired';

/** The reasons as the audit log and the user pages name them. */
export const PASSWORD_CHANGE_REASON_LABELS: Record<PasswordChangeReason, string> = {
  initial: '初始密码（一次性）',
  reset: '管理员重置（一次性）',
  demo: '示例环境已关闭',
  expired: '密码已过期',
};

/** Passwords may be kept at most this many days; null: no expiry (the default). */
export interface PasswordExpiry {
  passwordMaxAgeDays: number | null;
}

export const DEFAULT_PASSWORD_EXPIRY: PasswordExpiry = { passwordMaxAgeDays: null };
export const PASSWORD_MAX_AGE_RANGE = { min: 7, max: 3650 } as const;

const DAY_MS = 86_400_000;

export function passwordChangeReason(
  user: { mustChangePassword: StoredPasswordChangeReason | null; passwordChangedAt: string },
  expiry: PasswordExpiry,
  now: Date,
): PasswordChangeReason | null {
  if (user.mustChangePassword) return user.mustChangePassword;
  const days = expiry.passwordMaxAgeDays;
  if (days && new Date(user.passwordChangedAt).getTime() + days * DAY_MS <= now.getTime()) return 'expired';
  return null;
}

/** What the change-password page tells the user who was sent there. */
export function passwordChangeNotice(reason: PasswordChangeReason, expiry: PasswordExpiry): string {
  switch (reason) {
    case 'initial':
      return '您正在使用系统管理员设置的一次性初始密码。请设置只有您知道的新密码，然后继续使用系统。';
    case 'reset':
      return '您的密码已由系统管理员重置，重置后的密码只能使用一次。请设置新密码，然后继续使用系统。';
    case 'demo':
      return '示例环境已关闭，公开的示例密码不能再使用。请设置新密码，然后继续使用系统。';
    case 'expired':
      return `您的密码已使用超过 ${expiry.passwordMaxAgeDays} 天（系统要求定期修改）。请设置新密码，然后继续使用系统。`;
  }
}

/** The refusal of every action and API call but changing the password and signing out. */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE = '请先修改密码：在“修改密码”页面设置新密码后才能继续操作';
