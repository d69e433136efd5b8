import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordPolicyErrors } from './password-policy';

describe('passwordPolicyErrors', () => {
  it('accepts 8 or more characters with letters and digits', () => {
    expect(passwordPolicyErrors('abcd1234')).toEqual([]);
    expect(passwordPolicyErrors('Xy9!Xy9!Xy9!')).toEqual([]);
    expect(passwordPolicyErrors('密码安全Ab12')).toEqual([]);
  });

  it('refuses a short password in Chinese', () => {
    expect(passwordPolicyErrors('ab12')).toEqual(['密码至少需要 8 个字符']);
    expect(passwordPolicyErrors('')).toContain('密码至少需要 8 个字符');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordPolicyErrors('a1😀😀😀😀😀')).toContain('密码至少需要 8 个字符');
  });

  it('asks for both a letter and a digit', () => {
    expect(passwordPolicyErrors('12345678')).toEqual(['密码须包含至少一个英文字母']);
    expect(passwordPolicyErrors('abcdefgh')).toEqual(['密码须包含至少一个数字']);
    expect(passwordPolicyErrors('中文密码中文密码')).toEqual(['密码须包含至少一个英文字母', '密码须包含至少一个数字']);
  });

  it('refuses more than the maximum length', () => {
    expect(passwordPolicyErrors(`a1${'x'.repeat(PASSWORD_MAX_LENGTH - 2)}`)).toEqual([]);
    expect(passwordPolicyErrors(`a1${'x'.repeat(PASSWORD_MAX_LENGTH - 1)}`)).toEqual(['密码不能超过 128 个字符']);
  });

  it('refuses the username as password, ignoring case', () => {
    expect(passwordPolicyErrors('Owner123', 'owner123')).toEqual(['密码不能与用户名相同']);
    expect(passwordPolicyErrors('Owner123', 'owner')).toEqual([]);
  });
});
