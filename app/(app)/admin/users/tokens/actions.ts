'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { formatTimestamp } from '@/lib/format/timestamp';
import { createTokenForUser, revokeToken } from '@/server/users/manage-tokens';
import type { FormState } from '../../../form-state';
import { runForm } from '../../../run-form';

/** A created token's secret, shown once beside the form. */
export interface CreatedTokenState extends FormState {
  secret?: string;
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

/** Session → createTokenForUser (administrator only, checked before any field is read) → the secret, once. */
export async function createTokenAction(_prev: CreatedTokenState, data: FormData): Promise<CreatedTokenState> {
  let secret: string | undefined;
  const state = await runForm('createTokenAction', (actor) => {
    const days = text(data, 'days').trim();
    const created = createTokenForUser(getDb(), actor, {
      userId: Number(text(data, 'userId')),
      name: text(data, 'name'),
      days: days === '' ? undefined : Number(days),
    });
    secret = created.secret;
    revalidatePath('/admin/users/tokens');
    return `已创建令牌 #${created.id}，有效期至 ${formatTimestamp(created.expiresAt)}。密钥只显示这一次，请立即复制并交给使用者妥善保存：`;
  });
  return { ...state, secret: state.ok ? secret : undefined };
}

export async function revokeTokenAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('revokeTokenAction', (actor) => {
    const revoked = revokeToken(getDb(), actor, Number(text(data, 'tokenId')));
    revalidatePath('/admin/users/tokens');
    return revoked ? '已吊销' : '此前已吊销';
  });
}
