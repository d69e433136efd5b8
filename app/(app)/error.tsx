'use client';

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="status" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <p className="font-medium">操作未能完成</p>
      <p className="mt-1 text-sm">请求被拒绝或服务器暂时出错，数据未作改动。请刷新页面后重试；如仍有问题，请联系系统管理员。</p>
      <button type="button" onClick={reset} className="mt-3 rounded border border-red-300 px-3 py-1 text-sm hover:bg-red-100">
        重试
      </button>
    </div>
  );
}
