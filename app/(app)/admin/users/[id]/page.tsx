import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { Card } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { NotFoundError } from '@/server/errors';
import { getUserRow } from '@/server/users/list-users';
import { deniedPage } from '../../../access-denied';
import { requirePageActor } from '../../../page-actor';
import { ADMIN_ONLY_MESSAGE } from '../admin-page';
import { AccountStatus } from '../account-status';
import { ROLE_OPTIONS } from '../role-options';
import { AccountEnabledForm } from './account-enabled-form';
import { EditUserForm } from './edit-user-form';
import { ResetPasswordForm } from './reset-password-form';
import { UnlockForm } from './unlock-form';

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/users/[id]', ADMIN_ONLY_MESSAGE);
  let found;
  try {
    found = getUserRow(getDb(), actor, Number((await params).id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { user, departments } = found;
  return (
    <div className="flex flex-col gap-4">
      <header>
        <Link href="/admin/users" className="text-sm text-blue-800 hover:underline">
          ← 返回用户列表
        </Link>
        <h1 className="mt-1 text-xl font-semibold">
          {user.displayName}
          <span className="ml-2 font-mono text-base font-normal text-slate-500">{user.username}</span>
        </h1>
        <p className="text-sm text-slate-500">
          {ROLE_LABELS[user.role]} · {user.departmentName ?? '不属于部门'}
          {user.role === 'owner' && (
            <>
              {' · '}
              <Link href="/admin/users/owners" className="text-blue-800 hover:underline">
                负责 {user.ownedProjects} 个项目
              </Link>
            </>
          )}
        </p>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="姓名、角色与部门" className="self-start lg:col-span-2">
          <EditUserForm user={user} roles={ROLE_OPTIONS} departments={departments} />
        </Card>
        <div className="flex flex-col gap-4">
          <Card title="账户状态">
            <p className="mb-3 text-sm">
              <AccountStatus user={user} />
            </p>
            <AccountEnabledForm userId={user.id} disabled={Boolean(user.disabledAt)} isSelf={user.id === actor.id} />
          </Card>
          <Card title="重置密码">
            <ResetPasswordForm userId={user.id} />
          </Card>
          <Card title="登录失败与锁定">
            <UnlockForm userId={user.id} username={user.username} lock={user.lock} />
          </Card>
        </div>
      </div>
    </div>
  );
}
