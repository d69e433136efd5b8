'use server';

import { AuthError } from 'next-auth';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { signIn } from '@/server/auth/auth';
import { LOCKED_MESSAGE } from '@/server/auth/sign-in';

export interface LoginState {
  error: string | null;
}

/** 登录: the same answer for an unknown username, a wrong password and a disabled account; then back to `next`, a path of this site. */
export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  const username = field('username').trim();
  const password = field('password');
  if (!username || !password) return { error: '请输入用户名和密码' };
  try {
    await signIn('credentials', { username, password, redirectTo: safeNextPath(field('next')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = 'code' in error && error.code === 'locked';
      return { error: locked ? LOCKED_MESSAGE : '用户名或密码错误' };
    }
    throw error;
  }
  return { error: null };
}
