import { getDb } from '@/db';
import { Card } from '@/components/ui/card';
import { listUsers } from '@/server/users/list-users';
import { deniedPage } from '../../access-denied';
import { requirePageActor } from '../../page-actor';
import { AdminHeader } from './admin-header';
import { ADMIN_ONLY_MESSAGE } from './admin-page';
import { CreateUserForm } from './create-user-form';
import { ROLE_OPTIONS } from './role-options';
import { UsersTable } from './users-table';

export default async function UsersPage() {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/users', ADMIN_ONLY_MESSAGE);
  const { users, departments } = listUsers(getDb(), actor);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="users" />
      <UsersTable users={users} />
      <Card title="新建用户">
        <CreateUserForm roles={ROLE_OPTIONS} departments={departments} />
      </Card>
    </div>
  );
}
