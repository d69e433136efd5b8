export function NoData() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
      <p className="font-medium">暂无可查看的绩效目标表</p>
      <p className="mt-1 text-sm">系统管理员导入本部门的项目支出绩效目标表后，这里将显示项目与进度。</p>
    </div>
  );
}
