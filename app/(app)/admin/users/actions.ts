'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { assignProjectOwners } from '@/server/users/assign-project-owners';
import { createUser } from '@/server/users/create-user';
import { resetPassword } from '@/server/users/reset-password';
import { setUserEnabled } from '@/server/users/set-user-enabled';
import { unlockUser } from '@/server/users/unlock-user';
import { updateUser } from '@/server/users/update-user';
import type { FormState } from '../../form-state';
import { runForm } from '../../run-form';

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

function departmentId(data: FormData): number | null {
  const value = text(data, 'departmentId');
  return value === '' ? null : Number(value);
}

/** Every action: session → use case (which refuses anyone but the 系统管理员 first) → revalidate. */
export async function createUserAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('createUserAction', (actor) => {
    const { username } = createUser(getDb(), actor, {
      username: text(data, 'username'),
      displayName: text(data, 'displayName'),
      role: text(data, 'role'),
      departmentId: departmentId(data),
      password: text(data, 'password'),
    });
    revalidatePath('/admin/users', 'layout');
    return `已新建用户 ${username}`;
  });
}

export async function updateUserAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('updateUserAction', (actor) => {
    const changes = { displayName: text(data, 'displayName'), role: text(data, 'role'), departmentId: departmentId(data) };
    const changed = updateUser(getDb(), actor, Number(text(data, 'userId')), changes);
    revalidatePath('/', 'layout');
    return changed ? '已保存' : '没有需要保存的修改';
  });
}

export async function resetPasswordAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('resetPasswordAction', (actor) => {
    resetPassword(getDb(), actor, Number(text(data, 'userId')), { password: text(data, 'password') });
    revalidatePath('/admin/users', 'layout');
    return '密码已重置：这是一次性密码，请告知本人，其登录后须立即修改。该用户原有的登录已退出，访问令牌已吊销。';
  });
}

export async function unlockUserAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('unlockUserAction', (actor) => {
    const unlocked = unlockUser(getDb(), actor, Number(text(data, 'userId')));
    revalidatePath('/admin/users', 'layout');
    return unlocked ? '已解除锁定' : '该账户未被锁定';
  });
}

/** 停用账户 (`enabled` = 0) or 启用账户 (1). */
export async function setUserEnabledAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('setUserEnabledAction', (actor) => {
    const enabled = text(data, 'enabled') === '1';
    const changed = setUserEnabled(getDb(), actor, Number(text(data, 'userId')), enabled);
    revalidatePath('/admin/users', 'layout');
    if (!changed) return enabled ? '该账户已是启用状态' : '该账户已是停用状态';
    return enabled ? '已启用账户，该用户可以重新登录' : '已停用账户：该用户的登录已全部退出，访问令牌已吊销';
  });
}

/** The owners form sends `project` for every row shown and `owner` = `projectId:userId` for every ticked box. */
export async function assignOwnersAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('assignOwnersAction', (actor) => {
    const ticked = data.getAll('owner').map((v) => String(v).split(':').map(Number));
    const assignments = data.getAll('project').map((v) => {
      const projectId = Number(v);
      return { projectId, userIds: ticked.filter(([p]) => p === projectId).map(([, u]) => u) };
    });
    const changed = assignProjectOwners(getDb(), actor, { budgetYearId: Number(text(data, 'budgetYearId')), assignments });
    revalidatePath('/', 'layout');
    return changed > 0 ? `已保存 ${changed} 个项目的负责人` : '负责人没有变化';
  });
}
