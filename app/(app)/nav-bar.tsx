import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/auth/roles';
import type { Actor } from '@/server/auth/actor';
import { logout } from './logout-action';
import { ReminderBell } from './reminder-bell';

const LINKS = [
  { href: '/', label: '总览', roles: ['admin', 'leader', 'owner', 'reviewer'] },
  { href: '/projects', label: '项目', roles: ['admin', 'leader', 'owner', 'reviewer'] },
  { href: '/departments', label: '各部门', roles: ['admin', 'reviewer'] },
  { href: '/todos', label: '待办', roles: ['leader', 'owner'] },
  { href: '/reviews', label: '待审核', roles: ['admin'] },
  { href: '/target-changes', label: '目标调整', roles: ['admin', 'leader'] },
  { href: '/self-evaluations', label: '自评汇总', roles: ['admin', 'leader', 'reviewer'] },
  { href: '/admin/rounds', label: '监控轮次', roles: ['admin'] },
  { href: '/import', label: '导入', roles: ['admin'] },
  { href: '/admin/users', label: '用户与权限', roles: ['admin'] },
  { href: '/admin/settings', label: '设置', roles: ['admin'] },
  { href: '/audit', label: '审计日志', roles: ['admin', 'auditor'] },
] as const;

/** `张三 · 部门领导`, or just the role when the account is named after it (the demo's 部门领导). */
function whoIs(actor: Actor): string {
  const role = ROLE_LABELS[actor.role];
  return actor.name === role ? role : `${actor.name} · ${role}`;
}

/** What waits behind a link (目标调整 → pending proposals), shown beside it. */
type Counts = Partial<Record<string, number>>;

function CountBadge({ count, what = '项待处理' }: { count: number | undefined; what?: string }) {
  if (!count) return null;
  return (
    <span className="ml-1 rounded-full bg-amber-500 px-1.5 text-xs font-medium text-white" aria-label={`${count} ${what}`}>
      {count}
    </span>
  );
}

/** The actor's links; a user who must change their password first sees none (only 修改密码 and 退出). */
function Links({ actor, counts, className }: { actor: Actor; counts: Counts; className: string }) {
  const links = actor.passwordChange ? [] : LINKS.filter((l) => (l.roles as readonly string[]).includes(actor.role));
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="block whitespace-nowrap text-slate-700 hover:text-blue-700">
            {l.label}
            <CountBadge count={counts[l.href]} what={l.href === '/target-changes' ? '项待审批' : '项待办'} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Account({ actor, className }: { actor: Actor; className: string }) {
  return (
    <div className={className}>
      <span className="whitespace-nowrap text-slate-600">{whoIs(actor)}</span>
      <Link href="/account" className="whitespace-nowrap text-slate-600 underline hover:text-slate-900">
        修改密码
      </Link>
      <form action={logout}>
        <button type="submit" className="whitespace-nowrap text-slate-600 underline hover:text-slate-900">
          退出
        </button>
      </form>
    </div>
  );
}

/** The navigation: a row of links on wide screens, a 菜单 button that opens them (no script needed) on narrow ones. */
export function NavBar({ actor, counts, unreadReminders }: { actor: Actor; counts: Counts; unreadReminders: number | null }) {
  const bell = unreadReminders !== null && !actor.passwordChange;
  return (
    <nav aria-label="主导航" className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-2.5">
        <Link href="/" className="whitespace-nowrap font-semibold text-blue-800">
          绩效运行监控
        </Link>
        <Links actor={actor} counts={counts} className="hidden gap-4 text-sm md:flex" />
        {bell && <ReminderBell unread={unreadReminders} className="ml-auto" />}
        <Account actor={actor} className={`hidden items-center gap-3 text-sm md:flex ${bell ? '' : 'ml-auto'}`} />
        <details className={`relative md:hidden ${bell ? '' : 'ml-auto'}`}>
          <summary className="cursor-pointer list-none rounded border border-slate-300 px-2.5 py-1 text-sm text-slate-700">
            菜单
            <CountBadge count={Object.values(counts).reduce((sum: number, n) => sum + (n ?? 0), 0)} />
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-52 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg">
            <Links actor={actor} counts={counts} className="flex flex-col gap-2" />
            <Account actor={actor} className="mt-3 flex flex-col items-start gap-2 border-t border-slate-100 pt-3" />
          </div>
        </details>
      </div>
    </nav>
  );
}
