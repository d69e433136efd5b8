import type { Db } from '@/db';
import { writeSetting } from '@/db/queries/app-settings';
import { parseMonitoringSettings, type MonitoringSettings } from '@/lib/monitoring';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { assertSettingsAdmin } from './assert-settings-admin';
import { settingsOverrideFromForm, type SettingsFormFields } from './settings-form';


/** The 设置 page's form, as typed: the admin check comes before any field is read. */
export function updateSettingsFromForm(db: Db, actor: Actor, fields: SettingsFormFields): MonitoringSettings {
  assertSettingsAdmin(actor);
  return updateMonitoringSettings(db, actor, settingsOverrideFromForm(fields));
}

/** The 系统管理员 sets the configurable rules of DOMAIN.md §5–6 (thresholds, 偏差原因, weights, grades). */
export function updateMonitoringSettings(db: Db, actor: Actor, override: unknown): MonitoringSettings {
  assertSettingsAdmin(actor);
  const parsed = parseMonitoringSettings(override);
  if (!parsed.ok) throw new ValidationError(parsed.errors.join('；'), { settings: parsed.errors });
  const before = loadMonitoringSettings(db);
  db.transaction((tx) => {
    writeSetting(tx, 'monitoring', override);
    recordAudit(tx, { actor, action: 'settings.update', entity: 'settings', entityId: 'monitoring', before, after: parsed.settings });
  });
  return parsed.settings;
}
