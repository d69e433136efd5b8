'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/server/auth/auth';

export interface LoginState {
  error: string | null;
}

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const username = String(formData.get('username') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  if (!username || !password) return { error: '请输入用户名和密码' };
  const next = String(formData.get('next') ?? '/');
  try {
    await signIn('credentials', { username, password, redirectTo: next.startsWith('/') && !next.startsWith('//') ? next : '/' });
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = 'code' in error && error.code === 'locked';
      return { error: locked ? '登录失败次数过多，账户已锁定 15 分钟，请稍后再试' : '用户名或密码错误' };
    }
    throw error;
  }
  return { error: null };
}
