import { getDb } from '@/db';
import { Card } from '@/components/ui/card';
import { loadPasswordExpiry } from '@/server/auth/password-expiry';
import { isDemoMode } from '@/server/demo/demo-mode';
import { loadMonitoringSettings } from '@/server/monitoring/monitoring-settings';
import { END_DEMO_CONFIRMATION } from '@/server/settings/end-demo-mode';
import { deniedPage } from '../../access-denied';
import { requirePageActor } from '../../page-actor';
import { DemoModeForm } from './demo-mode-form';
import { PasswordExpiryForm } from './password-expiry-form';
import { SettingsForm } from './settings-form';

export default async function SettingsPage() {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/settings', '只有系统管理员可以修改设置。');
  const db = getDb();
  const settings = loadMonitoringSettings(db);
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">设置</h1>
        <p className="text-sm text-slate-500">
          灯号阈值、偏差原因类别、官方监控月份、合理性检查与目标调整的审批人：保存后所有页面、接口与导出按新规则计算。自评分值、等级线与自评预警：草稿和已退回的自评即按新规则重新计算，已提交和已通过的保持提交时的结果。账户安全（密码有效期、示例环境）在下方。修改记入审计日志。
        </p>
      </header>
      <SettingsForm settings={settings} />
      <h2 className="mt-2 text-lg font-semibold">账户安全</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="密码有效期">
          <PasswordExpiryForm expiry={loadPasswordExpiry(db)} />
        </Card>
        <Card title="示例环境">
          <DemoModeForm demoMode={isDemoMode(db)} confirmation={END_DEMO_CONFIRMATION} />
        </Card>
      </div>
    </div>
  );
}
