import Link from 'next/link';

const TABS = [
  { key: 'users', href: '/admin/users', label: '用户' },
  { key: 'owners', href: '/admin/users/owners', label: '项目负责人' },
  { key: 'tokens', href: '/admin/users/tokens', label: '访问令牌' },
] as const;

/** The 用户与权限 heading with its tabs. */
export function AdminHeader({ current, children }: { current: (typeof TABS)[number]['key']; children?: React.ReactNode }) {
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">用户与权限</h1>
          <p className="text-sm text-slate-500">账户、角色与所属部门，每个项目的负责人，以及接口访问令牌。所有修改均记入审计日志。</p>
        </div>
        {children}
      </div>
      <nav aria-label="用户与权限" className="flex gap-1 border-b border-slate-200 text-sm">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab.key === current ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-1.5 ${tab.key === current ? 'border-blue-700 font-medium text-blue-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
