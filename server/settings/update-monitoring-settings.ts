import type { Db } from '@/db';
import { writeSetting } from '@/db/queries/app-settings';
import { parseMonitoringSettings, type MonitoringSettings } from '@/lib/monitoring';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ForbiddenError, ValidationError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { settingsOverrideFromForm, type SettingsFormFields } from './settings-form';

/** The setting keys in lib/monitoring's messages, as the settings page names them. */
const SETTING_NAMES: [RegExp, string][] = [
  [/lightThresholds/g, '指标灯号阈值'],
  [/budgetThresholds/g, '预算执行灯号阈值'],
  [/deviationReasons/g, '偏差原因类别'],
  [/officialRoundMonth/g, '官方监控月份'],
  [/leaderApprovesTargetChanges/g, '部门领导审批目标调整'],
  [/scoring\.weights/g, '自评分值'],
  [/scoring\.grades/g, '等级最低分'],
  [/scoring\.reverseScoring/g, '反向指标计分'],
];

const inChinese = (message: string) => SETTING_NAMES.reduce((text, [key, name]) => text.replace(key, name), message);

function assertSettingsAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以修改设置');
}

/** The 设置 page's form, as typed: the admin check comes before any field is read. */
export function updateSettingsFromForm(db: Db, actor: Actor, fields: SettingsFormFields): MonitoringSettings {
  assertSettingsAdmin(actor);
  return updateMonitoringSettings(db, actor, settingsOverrideFromForm(fields));
}

/** The 系统管理员 sets the configurable rules of DOMAIN.md §5–6 (thresholds, 偏差原因, weights, grades). */
export function updateMonitoringSettings(db: Db, actor: Actor, override: unknown): MonitoringSettings {
  assertSettingsAdmin(actor);
  const parsed = parseMonitoringSettings(override);
  if (!parsed.ok) {
    const errors = parsed.errors.map(inChinese);
    throw new ValidationError(errors.join('；'), { settings: errors });
  }
  const before = loadMonitoringSettings(db);
  db.transaction((tx) => {
    writeSetting(tx, 'monitoring', override);
    recordAudit(tx, { actor, action: 'settings.update', entity: 'settings', entityId: 'monitoring', before, after: parsed.settings });
  });
  return parsed.settings;
}
