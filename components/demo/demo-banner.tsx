/** The strip every signed-in page and the login page show while demo mode is on. */
export function DemoBanner() {
  return (
    <div role="note" aria-label="示例环境" className="border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-900">
      <span className="font-semibold">示例环境</span>
      <span className="mx-2 text-amber-700">·</span>
      数据与账户仅供体验，示例账户的密码是公开的。正式使用前，请系统管理员在“设置”页关闭示例环境。
    </div>
  );
}
