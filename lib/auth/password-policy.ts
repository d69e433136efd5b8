/** 口令策略（等保三级）: 8 to 128 characters with at least one letter and one digit. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_POLICY_HINT = `至少 ${PASSWORD_MIN_LENGTH} 位，须同时包含英文字母和数字`;

/** Every rule the password breaks, as Chinese messages; empty when it is acceptable. */
export function passwordPolicyErrors(password: string, username?: string): string[] {
  const errors: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) errors.push(`密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (length > PASSWORD_MAX_LENGTH) errors.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
  if (!/[A-Za-z]/.test(password)) errors.push('密码须包含至少一个英文字母');
  if (!/[0-9]/.test(password)) errors.push('密码须包含至少一个数字');
  if (username && password.toLowerCase() === username.toLowerCase()) errors.push('密码不能与用户名相同');
  return errors;
}
