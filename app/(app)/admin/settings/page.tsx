import { getDb } from '@/db';
import { loadMonitoringSettings } from '@/server/monitoring/monitoring-settings';
import { deniedPage } from '../../access-denied';
import { requirePageActor } from '../../page-actor';
import { SettingsForm } from './settings-form';

export default async function SettingsPage() {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/settings', '只有系统管理员可以修改设置。');
  const settings = loadMonitoringSettings(getDb());
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">设置</h1>
        <p className="text-sm text-slate-500">灯号阈值、偏差原因类别、官方监控轮次、目标调整的审批人与自评分值。保存后所有页面、接口与导出按新规则计算，修改记入审计日志。</p>
      </header>
      <SettingsForm settings={settings} />
    </div>
  );
}
