import Link from 'next/link';
import { ROLE_LABELS, type Actor } from '@/server/auth/actor';
import { logout } from './logout-action';

const LINKS = [
  { href: '/', label: '总览', roles: ['admin', 'leader', 'owner'] },
  { href: '/projects', label: '项目', roles: ['admin', 'leader', 'owner'] },
  { href: '/inbox', label: '我的填报', roles: ['owner'] },
  { href: '/import', label: '导入', roles: ['admin'] },
  { href: '/admin/users', label: '用户与权限', roles: ['admin'] },
  { href: '/admin/settings', label: '设置', roles: ['admin'] },
  { href: '/audit', label: '审计日志', roles: ['admin', 'auditor'] },
] as const;

export function NavBar({ actor }: { actor: Actor }) {
  return (
    <nav className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-2.5">
        <Link href="/" className="font-semibold text-blue-800">
          绩效运行监控
        </Link>
        <ul className="flex gap-4 text-sm">
          {LINKS.filter((l) => (l.roles as readonly string[]).includes(actor.role)).map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-slate-700 hover:text-blue-700">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-600">
            {actor.name}（{ROLE_LABELS[actor.role]}）
          </span>
          <Link href="/account" className="text-slate-600 underline hover:text-slate-900">
            修改密码
          </Link>
          <form action={logout}>
            <button type="submit" className="text-slate-600 underline hover:text-slate-900">
              退出
            </button>
          </form>
        </div>
      </div>
    </nav>
  );
}
