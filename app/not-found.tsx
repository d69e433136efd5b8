import Link from 'next/link';

/** Any address the app does not have: said in Chinese, with the way back (plain links, no script needed). */
export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-500">404</p>
        <h1 className="mt-1 text-xl font-semibold">页面不存在</h1>
        <p className="mt-2 text-sm text-slate-600">您访问的地址不存在，可能链接有误，或该内容已被删除。</p>
        <nav aria-label="返回" className="mt-4 flex flex-wrap gap-3 text-sm">
          <Link href="/" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
            返回总览
          </Link>
          <Link href="/projects" className="rounded border border-slate-300 px-3 py-1.5 text-blue-800 hover:bg-slate-50">
            项目列表
          </Link>
          <Link href="/login" className="rounded border border-slate-300 px-3 py-1.5 text-blue-800 hover:bg-slate-50">
            登录
          </Link>
        </nav>
      </div>
    </main>
  );
}
