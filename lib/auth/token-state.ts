/** An API token's state as the tokens page and the command line show it (pure). */
export const TOKEN_REVOKE_REASONS = ['revoked', 'password_change', 'password_reset', 'disabled'] as const;
export type TokenRevokeReason = (typeof TOKEN_REVOKE_REASONS)[number];
export type TokenState = 'active' | 'expired' | 'revoked';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

const REVOKE_REASON_LABELS: Record<TokenRevokeReason, string> = {
  revoked: '管理员吊销',
  password_change: '用户修改密码',
  password_reset: '管理员重置密码',
  disabled: '账户停用',
};

export function tokenState(token: { revokedAt: string | null; expiresAt: string }, now: Date): TokenState {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt) <= now ? 'expired' : 'active';
}

/** 有效, 已过期, or 已吊销 with why. */
export function tokenStateLabel(token: { revokedAt: string | null; revokeReason: TokenRevokeReason | null; expiresAt: string }, now: Date): string {
  const state = tokenState(token, now);
  if (state === 'active') return '有效';
  if (state === 'expired') return '已过期';
  return token.revokeReason ? `已吊销（${REVOKE_REASON_LABELS[token.revokeReason]}）` : '已吊销';
}

export function tokenExpiry(createdAt: Date, days: number): string {
  return new Date(createdAt.getTime() + days * 86_400_000).toISOString();
}
