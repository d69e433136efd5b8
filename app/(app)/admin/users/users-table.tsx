import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/auth/roles';
import type { AccountRow } from '@/server/users/list-users';
import { AccountStatus } from './account-status';

const TH = 'px-3 py-2 text-left font-medium';

export function UsersTable({ users }: { users: AccountRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">用户列表</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={TH}>用户名</th>
            <th className={TH}>姓名</th>
            <th className={TH}>角色</th>
            <th className={TH}>所属部门</th>
            <th className={TH}>状态</th>
            <th className={`${TH} text-right`}>负责项目</th>
            <th className={TH}>
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className={`hover:bg-slate-50 ${user.disabledAt ? 'text-slate-400' : ''}`}>
              <td className="px-3 py-2 font-mono text-xs">{user.username}</td>
              <td className="px-3 py-2">{user.displayName}</td>
              <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
              <td className="px-3 py-2 text-slate-600">{user.departmentName ?? '—'}</td>
              <td className="px-3 py-2">
                <AccountStatus user={user} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{user.role === 'owner' ? user.ownedProjects : '—'}</td>
              <td className="px-3 py-2 text-right">
                <Link href={`/admin/users/${user.id}`} className="text-blue-800 hover:underline" aria-label={`管理 ${user.username}`}>
                  管理
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
