import Link from 'next/link';

export default function ProjectNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="font-medium">项目不存在</p>
      <p className="mt-1 text-sm text-slate-600">该项目可能已在重新导入时删除，或链接有误。</p>
      <Link href="/projects" className="mt-3 inline-block text-sm text-blue-800 hover:underline">
        返回项目列表
      </Link>
    </div>
  );
}
